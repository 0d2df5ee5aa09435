package kz.senim.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a complete, valid answer set: fixed values where given, otherwise a value picked by a chooser
 * for every visible question (required ones always answered). Every answer carries evidence, so
 * options that require proof are accepted.
 */
final class Filler {

    static final String EVIDENCE = "reachability-witness";

    private Filler() {
    }

    /** @param chooser picks a value for a visible question without a fixed value (null: leave unanswered) */
    static Map<String, Answer> fill(RulePack pack, Map<String, Object> fixed, Function<Question, Object> chooser) {
        Map<String, Object> values = new HashMap<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Facts facts = new KnownFacts(values, java.util.Set.of(), null, null);
        for (Question q : References.decisionOrder(pack)) {
            if (!Conditions.holds(q.showIf(), facts)) continue;
            Object value = fixed.containsKey(q.id()) ? fixed.get(q.id()) : chooser.apply(q);
            if (value == null) continue;
            values.put(q.id(), value);
            answers.put(q.id(), new Answer(value, List.of(EVIDENCE)));
        }
        return answers;
    }

    /** The first value of a question's domain if it must be answered, else nothing. */
    static Object firstIfRequired(RulePack pack, Question q) {
        return q.required() ? Domains.of(pack, q).getFirst() : null;
    }
}
