package kz.senim.rules;

import java.util.Map;
import java.util.Set;

/** Facts where everything is decided: the classifier's view. Null classes mean "not computed yet". */
record KnownFacts(Map<String, Object> answers, Set<String> flags, RiskClass riskClass, AutonomyClass autonomyClass)
        implements Facts {

    @Override
    public Object answer(String questionId) {
        return answers.get(questionId);
    }

    @Override
    public Tri flag(String flagId) {
        return Tri.of(flags.contains(flagId));
    }

    @Override
    public Set<RiskClass> risk() {
        return riskClass == null ? Set.of() : Set.of(riskClass);
    }

    @Override
    public Set<AutonomyClass> autonomy() {
        return autonomyClass == null ? Set.of() : Set.of(autonomyClass);
    }
}
