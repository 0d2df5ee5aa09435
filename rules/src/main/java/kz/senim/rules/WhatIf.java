package kz.senim.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "What if I answered this differently?": both results and what moved. */
public final class WhatIf {

    private WhatIf() {
    }

    public record Result(Classification before, Classification after, List<Change> changes) {
        public boolean classChanged() {
            return Changes.classChanged(before, after);
        }
    }

    /**
     * Classifies {@code answers}, then the same answers with {@code questionId} set to {@code newAnswer}
     * (null removes the answer). Throws {@link InvalidAnswersException} if either set is invalid.
     */
    public static Result change(RulePack pack, Map<String, Answer> answers, String questionId, Answer newAnswer) {
        Map<String, Answer> changed = new HashMap<>(answers);
        if (newAnswer == null) changed.remove(questionId);
        else changed.put(questionId, newAnswer);
        Classification before = Classifier.classify(pack, answers);
        Classification after = Classifier.classify(pack, changed);
        return new Result(before, after, Changes.between(before, after));
    }
}
