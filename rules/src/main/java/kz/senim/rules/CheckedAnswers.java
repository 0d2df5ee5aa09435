package kz.senim.rules;

import java.util.List;
import java.util.Map;

/**
 * Answers after checking: normalized values of visible questions, the ids of answers cleared because
 * their question was hidden, input errors, and required visible questions left unanswered (kept apart
 * because a prohibited-practice hit makes non-screen questions unnecessary).
 */
record CheckedAnswers(
        Map<String, Object> values,
        List<String> visible,
        List<String> cleared,
        List<AnswerError> errors,
        List<String> missingRequired) {
}
