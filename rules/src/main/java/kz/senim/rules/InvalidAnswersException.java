package kz.senim.rules;

import java.util.List;

/** Thrown instead of a partial result when the answers do not fit the pack. */
public class InvalidAnswersException extends RuntimeException {

    private final List<AnswerError> errors;

    public InvalidAnswersException(List<AnswerError> errors) {
        super("invalid answers: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }
}
