package kz.senim.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Evaluates conditions in three-valued logic. With fully known facts the result is TRUE or FALSE. */
final class Conditions {

    private Conditions() {
    }

    /** A missing condition (null) always holds. */
    static Tri eval(Condition c, Facts facts) {
        if (c == null) return Tri.TRUE;
        if (c.all() != null) {
            Tri result = Tri.TRUE;
            for (Condition part : c.all()) {
                Tri t = eval(part, facts);
                if (t == Tri.FALSE) return Tri.FALSE;
                if (t == Tri.UNKNOWN) result = Tri.UNKNOWN;
            }
            return result;
        }
        if (c.any() != null) {
            Tri result = Tri.FALSE;
            for (Condition part : c.any()) {
                Tri t = eval(part, facts);
                if (t == Tri.TRUE) return Tri.TRUE;
                if (t == Tri.UNKNOWN) result = Tri.UNKNOWN;
            }
            return result;
        }
        if (c.not() != null) return eval(c.not(), facts).not();
        if (c.flag() != null) return facts.flag(c.flag());
        if (c.riskClass() != null) return among(facts.risk(), c.riskClass());
        if (c.autonomyClass() != null) return among(facts.autonomy(), c.autonomyClass());
        return question(c, facts.answer(c.question()));
    }

    static boolean holds(Condition c, Facts facts) {
        return eval(c, facts) == Tri.TRUE;
    }

    private static <T> Tri among(Set<T> possible, List<T> wanted) {
        if (possible.isEmpty()) return Tri.UNKNOWN;
        boolean allIn = wanted.containsAll(possible);
        boolean noneIn = possible.stream().noneMatch(wanted::contains);
        return allIn ? Tri.TRUE : noneIn ? Tri.FALSE : Tri.UNKNOWN;
    }

    private static Tri question(Condition c, Object value) {
        if (value == Facts.UNKNOWN) return Tri.UNKNOWN;
        if (c.answered() != null) return Tri.of((value != null) == c.answered());
        if (value == null) return Tri.FALSE;
        if (c.is() != null) return Tri.of(sameValue(c.is(), value));
        if (c.anyOf() != null) {
            return value instanceof Collection<?> chosen
                    ? Tri.of(chosen.stream().anyMatch(c.anyOf()::contains))
                    : Tri.of(c.anyOf().contains(String.valueOf(value)));
        }
        if (c.allOf() != null) {
            return value instanceof Collection<?> chosen ? Tri.of(chosen.containsAll(c.allOf())) : Tri.FALSE;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            boolean ok = (c.atLeast() == null || d >= c.atLeast()) && (c.atMost() == null || d <= c.atMost());
            return Tri.of(ok);
        }
        return Tri.FALSE;
    }

    // YAML gives Boolean for "is: true" and String for "is: some_option"; compare by text for both.
    private static boolean sameValue(Object expected, Object value) {
        return String.valueOf(expected).equals(String.valueOf(value));
    }
}
