package kz.senim.rules;

import java.util.List;

/**
 * A problem with the submitted answers. {@code code} and {@code args} let the app show it in the
 * user's language. Codes: UNKNOWN_QUESTION, WRONG_TYPE [expected type], UNKNOWN_OPTION [option],
 * DUPLICATE_OPTION [option], NUMBER_OUT_OF_RANGE [value, min, max], MISSING_REQUIRED,
 * EVIDENCE_MISSING [option].
 */
public record AnswerError(String questionId, String code, List<String> args) {

    public AnswerError {
        args = List.copyOf(args);
    }

    static AnswerError of(String questionId, String code, String... args) {
        return new AnswerError(questionId, code, List.of(args));
    }
}
