package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * A question of the pack. A question with a {@code showIf} condition is asked only when the condition
 * holds; when hidden, its answer is cleared and never scores.
 */
public record Question(
        String id,
        Section section,
        QuestionType type,
        boolean required,
        Text text,
        Text help,
        Condition showIf,
        List<Option> options,
        Double min,
        Double max) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The highest impact points this question can add (sum of positive points for multi choice). */
    @JsonIgnore
    public int maxImpact() {
        return type == QuestionType.MULTI
                ? options.stream().mapToInt(o -> Math.max(0, o.impact())).sum()
                : options.stream().mapToInt(Option::impact).max().orElse(0);
    }

    /** The highest mitigation points this question can add. */
    @JsonIgnore
    public int maxMitigation() {
        return type == QuestionType.MULTI
                ? options.stream().mapToInt(o -> Math.max(0, o.mitigation())).sum()
                : options.stream().mapToInt(Option::mitigation).max().orElse(0);
    }
}
