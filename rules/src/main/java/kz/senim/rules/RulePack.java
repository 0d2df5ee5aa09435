package kz.senim.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned rule pack: everything the classifier knows about the law is here, as data, so a new
 * reading of the law is a new pack version, not a code change.
 */
public record RulePack(
        String id,
        String version,
        LocalDate effectiveDate,
        Text title,
        List<String> confirmedArticles,
        List<Question> questions,
        List<ProhibitedPractice> prohibited,
        List<FlagRule> flags,
        Scoring scoring,
        List<RiskRule> riskRules,
        AutonomyDefaults autonomy,
        List<ObligationRule> obligations) {

    public RulePack {
        confirmedArticles = list(confirmedArticles);
        questions = list(questions);
        prohibited = list(prohibited);
        flags = list(flags);
        riskRules = list(riskRules);
        obligations = list(obligations);
    }

    /** Autonomy rules and the class a system gets when none applies. */
    public record AutonomyDefaults(AutonomyClass defaultClass, List<AutonomyRule> rules) {
        public AutonomyDefaults {
            rules = list(rules);
        }
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public List<AutonomyRule> autonomyRules() {
        return autonomy == null ? List.of() : autonomy.rules();
    }

    public AutonomyClass defaultAutonomy() {
        return autonomy == null || autonomy.defaultClass() == null ? AutonomyClass.LOW : autonomy.defaultClass();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
