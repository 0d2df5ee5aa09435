package kz.senim.rules;

import java.util.List;
import java.util.Map;

/**
 * The result of classifying one AI system under one pack version. When {@code prohibited} is true the
 * result is terminal: it lists the practices hit and carries no classes, score or obligations.
 */
public record Classification(
        String packId,
        String packVersion,
        boolean prohibited,
        List<RuleRef> prohibitedPractices,
        RiskClass riskClass,
        AutonomyClass autonomyClass,
        List<String> flags,
        ScoreBreakdown score,
        List<RuleRef> obligations,
        List<Reason> reasons,
        List<String> clearedQuestionIds,
        Map<String, Object> effectiveAnswers) {

    public List<String> obligationIds() {
        return obligations.stream().map(RuleRef::id).toList();
    }

    public List<String> prohibitedPracticeIds() {
        return prohibitedPractices.stream().map(RuleRef::id).toList();
    }
}
