package kz.senim.rules;

import java.util.List;
import java.util.Map;

/**
 * Classifies the same answers under two pack versions. The regulator runs it over stored assessments
 * when a new pack is uploaded, to see which systems change class or must answer new questions.
 */
public final class PackDiff {

    private PackDiff() {
    }

    /**
     * One side's outcome: a classification, or the answer errors that prevent one (e.g. the new pack
     * added a required question).
     */
    public record Side(String packVersion, Classification result, List<AnswerError> errors) {
        public boolean ok() {
            return result != null;
        }
    }

    /** {@code classChanged} is meaningful only when both sides classified; see {@link #needsNewAnswers}. */
    public record Result(Side before, Side after, boolean classChanged, boolean needsNewAnswers, List<Change> changes) {
    }

    public static Result compare(RulePack oldPack, RulePack newPack, Map<String, Answer> answers) {
        Side before = side(oldPack, answers);
        Side after = side(newPack, answers);
        if (!before.ok() || !after.ok()) {
            return new Result(before, after, false, !after.ok(), List.of());
        }
        return new Result(before, after, Changes.classChanged(before.result(), after.result()), false,
                Changes.between(before.result(), after.result()));
    }

    /** The same comparison for many stored assessments, in order. */
    public static List<Result> compareAll(RulePack oldPack, RulePack newPack, List<Map<String, Answer>> assessments) {
        return assessments.stream().map(a -> compare(oldPack, newPack, a)).toList();
    }

    private static Side side(RulePack pack, Map<String, Answer> answers) {
        try {
            return new Side(pack.version(), Classifier.classify(pack, answers), List.of());
        } catch (InvalidAnswersException e) {
            return new Side(pack.version(), null, e.errors());
        }
    }
}
