package kz.senim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The answer values the reachability search tries for a question. They are exact: every answer
 * behaves, for all conditions and scores, like one of these. Booleans and single choices are finite;
 * multi choices use every subset (up to {@link #MAX_SUBSET_OPTIONS} options); numbers use the
 * breakpoints of the conditions that mention them and a point between and beyond each; texts
 * matter only as answered or not.
 */
final class Domains {

    static final int MAX_SUBSET_OPTIONS = 10;

    private Domains() {
    }

    /** Values, not including "unanswered". */
    static List<Object> of(RulePack pack, Question q) {
        return switch (q.type()) {
            case BOOLEAN -> List.of(Boolean.FALSE, Boolean.TRUE);
            case SINGLE -> q.options().stream().map(o -> (Object) o.id()).toList();
            case MULTI -> subsets(q);
            case NUMBER -> numbers(pack, q);
            case TEXT -> List.of("text");
        };
    }

    /** False when the search cannot try every distinct value (a multi choice with too many options). */
    static boolean exact(Question q) {
        return q.type() != QuestionType.MULTI || q.options().size() <= MAX_SUBSET_OPTIONS;
    }

    private static List<Object> subsets(Question q) {
        List<String> ids = q.options().stream().map(Option::id).toList();
        List<Object> out = new ArrayList<>();
        if (!exact(q)) {
            out.add(List.of());
            ids.forEach(id -> out.add(List.of(id)));
            out.add(ids);
            return out;
        }
        for (int mask = 0; mask < (1 << ids.size()); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) if ((mask & (1 << i)) != 0) subset.add(ids.get(i));
            out.add(List.copyOf(subset));
        }
        return out;
    }

    private static List<Object> numbers(RulePack pack, Question q) {
        TreeSet<Double> breaks = new TreeSet<>();
        for (Condition c : allConditions(pack)) collect(c, q.id(), breaks);
        if (q.min() != null) breaks.add(q.min());
        if (q.max() != null) breaks.add(q.max());
        if (breaks.isEmpty()) breaks.add(0.0);
        TreeSet<Double> values = new TreeSet<>(breaks);
        values.add(breaks.first() - 1);
        values.add(breaks.last() + 1);
        Double previous = null;
        for (double b : breaks) {
            if (previous != null) values.add((previous + b) / 2);
            previous = b;
        }
        return values.stream()
                .filter(v -> (q.min() == null || v >= q.min()) && (q.max() == null || v <= q.max()))
                .map(v -> (Object) v).toList();
    }

    private static void collect(Condition c, String questionId, TreeSet<Double> out) {
        if (c == null) return;
        if (questionId.equals(c.question())) {
            if (c.atLeast() != null) out.add(c.atLeast());
            if (c.atMost() != null) out.add(c.atMost());
        }
        c.children().forEach(child -> collect(child, questionId, out));
    }

    static List<Condition> allConditions(RulePack pack) {
        List<Condition> all = new ArrayList<>();
        pack.questions().forEach(q -> all.add(q.showIf()));
        pack.prohibited().forEach(p -> all.add(p.when()));
        pack.flags().forEach(f -> all.add(f.when()));
        pack.riskRules().forEach(r -> all.add(r.when()));
        pack.autonomyRules().forEach(r -> all.add(r.when()));
        pack.obligations().forEach(o -> all.add(o.when()));
        return all;
    }
}
