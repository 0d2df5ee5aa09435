package kz.senim.classification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.senim.rules.Answer;
import kz.senim.rules.Question;
import kz.senim.rules.RulePack;
import org.springframework.util.MultiValueMap;

/**
 * Reads the questionnaire form ({@code q.<id>} values, {@code e.<id>} evidence) into answers, keeping
 * only answers to questions the pack knows; an empty field is no answer.
 */
final class QuestionnaireForm {

    private QuestionnaireForm() {
    }

    static Map<String, Answer> read(RulePack pack, MultiValueMap<String, String> form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : pack.questions()) {
            List<String> raw = form.getOrDefault("q." + q.id(), List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (raw.isEmpty() && q.type() != kz.senim.rules.QuestionType.MULTI) {
                continue;
            }
            if (raw.isEmpty() && !form.containsKey("q." + q.id() + ".shown")) {
                continue;
            }
            Object value = switch (q.type()) {
                case BOOLEAN -> "yes".equals(raw.getFirst()) ? Boolean.TRUE : "no".equals(raw.getFirst()) ? Boolean.FALSE : raw.getFirst();
                case SINGLE, TEXT -> raw.getFirst().strip();
                case MULTI -> new ArrayList<>(raw);
                case NUMBER -> number(raw.getFirst());
            };
            String evidence = form.getFirst("e." + q.id());
            List<String> refs = evidence == null || evidence.isBlank() ? List.of() : List.of(evidence.strip());
            answers.put(q.id(), new Answer(value, refs));
        }
        return answers;
    }

    /** A number, or the text as typed so that the classifier reports the wrong type in the user's language. */
    private static Object number(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The value of one answer as the form shows it: option ids, "yes"/"no", or the text. */
    static List<String> shown(Answer answer) {
        if (answer == null || answer.value() == null) {
            return List.of();
        }
        return switch (answer.value()) {
            case Boolean b -> List.of(b ? "yes" : "no");
            case List<?> items -> items.stream().map(String::valueOf).toList();
            case Double d when d == Math.rint(d) -> List.of(String.valueOf(d.longValue()));
            case Object other -> List.of(String.valueOf(other));
        };
    }
}
