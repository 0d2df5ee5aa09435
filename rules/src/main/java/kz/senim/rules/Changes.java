package kz.senim.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares two classifications. */
final class Changes {

    private Changes() {
    }

    static List<Change> between(Classification a, Classification b) {
        List<Change> changes = new ArrayList<>();
        scalar(changes, "prohibited", a.prohibited(), b.prohibited());
        scalar(changes, "riskClass", code(a.riskClass()), code(b.riskClass()));
        scalar(changes, "autonomyClass", code(a.autonomyClass()), code(b.autonomyClass()));
        scalar(changes, "percentOfMax", a.score() == null ? null : a.score().percentOfMax().toPlainString(),
                b.score() == null ? null : b.score().percentOfMax().toPlainString());
        scalar(changes, "reductionApplied", a.score() != null && a.score().reductionApplied(),
                b.score() != null && b.score().reductionApplied());
        items(changes, "prohibitedPractice", a.prohibitedPracticeIds(), b.prohibitedPracticeIds());
        items(changes, "flag", a.flags(), b.flags());
        items(changes, "obligation", a.obligationIds(), b.obligationIds());
        items(changes, "cleared", a.clearedQuestionIds(), b.clearedQuestionIds());
        return changes;
    }

    /** Whether the outcome a regulator cares about differs: prohibited status, risk or autonomy class. */
    static boolean classChanged(Classification a, Classification b) {
        return a.prohibited() != b.prohibited() || a.riskClass() != b.riskClass()
                || a.autonomyClass() != b.autonomyClass();
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase();
    }

    private static void scalar(List<Change> out, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    private static void items(List<Change> out, String field, List<String> before, List<String> after) {
        before.stream().filter(x -> !after.contains(x)).forEach(x -> out.add(new Change(field, x, null)));
        after.stream().filter(x -> !before.contains(x)).forEach(x -> out.add(new Change(field, null, x)));
    }
}
