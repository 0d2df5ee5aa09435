package kz.senim.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks answers against the pack and decides which questions are visible. Questions are visited in
 * decision order, so a question's visibility depends only on answers that are themselves visible:
 * an answer to a hidden question is cleared and cannot make another question visible.
 */
final class AnswerChecker {

    private AnswerChecker() {
    }

    static CheckedAnswers check(RulePack pack, Map<String, Answer> answers) {
        List<AnswerError> errors = new ArrayList<>();
        for (String id : answers.keySet()) {
            if (pack.question(id).isEmpty()) errors.add(AnswerError.of(id, "UNKNOWN_QUESTION"));
        }
        Map<String, Object> values = new HashMap<>();
        List<String> visible = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Facts facts = new KnownFacts(values, Set.of(), null, null);
        for (Question q : References.decisionOrder(pack)) {
            Answer answer = answers.get(q.id());
            if (!Conditions.holds(q.showIf(), facts)) {
                if (answer != null) cleared.add(q.id());
                continue;
            }
            visible.add(q.id());
            if (answer == null || answer.value() == null) {
                if (q.required()) missing.add(q.id());
                continue;
            }
            int before = errors.size();
            Object value = normalize(q, answer.value(), errors);
            if (errors.size() == before) {
                checkEvidence(q, value, answer, errors);
                values.put(q.id(), value);
            }
        }
        return new CheckedAnswers(values, visible, cleared, errors, missing);
    }

    /** Converts the raw value to the form conditions use, or records why it does not fit. */
    private static Object normalize(Question q, Object raw, List<AnswerError> errors) {
        String id = q.id();
        switch (q.type()) {
            case BOOLEAN -> {
                if (raw instanceof Boolean b) return b;
            }
            case SINGLE -> {
                if (raw instanceof String s) {
                    if (q.option(s).isPresent()) return s;
                    errors.add(AnswerError.of(id, "UNKNOWN_OPTION", s));
                    return null;
                }
            }
            case MULTI -> {
                if (raw instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
                    Set<String> chosen = new LinkedHashSet<>();
                    for (Object item : items) {
                        String s = (String) item;
                        if (q.option(s).isEmpty()) errors.add(AnswerError.of(id, "UNKNOWN_OPTION", s));
                        else if (!chosen.add(s)) errors.add(AnswerError.of(id, "DUPLICATE_OPTION", s));
                    }
                    return List.copyOf(chosen);
                }
            }
            case NUMBER -> {
                if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
                    double d = n.doubleValue();
                    if ((q.min() != null && d < q.min()) || (q.max() != null && d > q.max())) {
                        errors.add(AnswerError.of(id, "NUMBER_OUT_OF_RANGE", String.valueOf(d),
                                String.valueOf(q.min()), String.valueOf(q.max())));
                    }
                    return d;
                }
            }
            case TEXT -> {
                if (raw instanceof String s) return s;
            }
        }
        errors.add(AnswerError.of(id, "WRONG_TYPE", q.type().name().toLowerCase()));
        return null;
    }

    private static void checkEvidence(Question q, Object value, Answer answer, List<AnswerError> errors) {
        boolean hasEvidence = answer.evidence().stream().anyMatch(e -> e != null && !e.isBlank());
        if (hasEvidence) return;
        for (String optionId : chosenOptions(q, value)) {
            q.option(optionId).filter(Option::requiresEvidence)
                    .ifPresent(o -> errors.add(AnswerError.of(q.id(), "EVIDENCE_MISSING", o.id())));
        }
    }

    /** The option ids an answer selects; a boolean selects "yes" or "no". */
    static List<String> chosenOptions(Question q, Object value) {
        if (value == null) return List.of();
        return switch (q.type()) {
            case BOOLEAN -> List.of((Boolean) value ? "yes" : "no");
            case SINGLE -> List.of((String) value);
            case MULTI -> ((Collection<?>) value).stream().map(String::valueOf).toList();
            default -> List.of();
        };
    }
}
