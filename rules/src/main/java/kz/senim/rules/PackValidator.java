package kz.senim.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates a pack before use. Structural checks run first; the reachability analysis runs only on a
 * structurally sound pack, because it executes the classifier.
 */
public final class PackValidator {

    /** Search nodes allowed per outcome before reachability is reported as undecided. */
    public static final int DEFAULT_BUDGET = 20_000;

    private PackValidator() {
    }

    public static List<Problem> validate(RulePack pack) {
        return validate(pack, DEFAULT_BUDGET);
    }

    public static List<Problem> validate(RulePack pack, int searchBudget) {
        List<Problem> problems = new ArrayList<>();
        StructureCheck.check(pack, problems);
        ConditionCheck.check(pack, problems);
        CycleCheck.check(pack, problems);
        TranslationCheck.check(pack, problems);
        SourceCheck.check(pack, problems);
        if (problems.isEmpty()) {
            for (Reachability.Outcome o : Reachability.analyse(pack, searchBudget)) {
                switch (o.verdict()) {
                    case UNREACHABLE -> problems.add(Problem.of(o.target().path(), "UNREACHABLE_OUTCOME",
                            o.target().kind(), o.target().id()));
                    case UNDECIDED -> problems.add(Problem.of(o.target().path(), "REACHABILITY_UNDECIDED",
                            o.target().kind(), o.target().id(), searchBudget));
                    case REACHABLE -> { }
                }
            }
        }
        return problems;
    }
}
