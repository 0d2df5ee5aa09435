package kz.senim.rules;

/** Three-valued truth, so the same evaluator serves the classifier and the reachability search. */
enum Tri {
    TRUE, FALSE, UNKNOWN;

    static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
}
