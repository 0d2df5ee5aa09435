package kz.senim.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Facts for a partial answer set during the reachability search. Every estimate over-approximates:
 * a class is left out only if no completion of the answers can produce it, so pruning never loses a
 * witness.
 */
final class PartialFacts implements Facts {

    private final RulePack pack;
    private final Map<String, Object> assigned;
    private final Set<String> hidden;

    PartialFacts(RulePack pack, Map<String, Object> assigned, Set<String> hidden) {
        this.pack = pack;
        this.assigned = assigned;
        this.hidden = hidden;
    }

    @Override
    public Object answer(String questionId) {
        return assigned.containsKey(questionId) ? assigned.get(questionId) : UNKNOWN;
    }

    @Override
    public Tri flag(String flagId) {
        return pack.flags().stream().filter(f -> f.id().equals(flagId)).findFirst()
                .map(f -> Conditions.eval(f.when(), this)).orElse(Tri.FALSE);
    }

    Tri prohibited() {
        Tri result = Tri.FALSE;
        for (ProhibitedPractice p : pack.prohibited()) {
            Tri t = Conditions.eval(p.when(), this);
            if (t == Tri.TRUE) return Tri.TRUE;
            if (t == Tri.UNKNOWN) result = Tri.UNKNOWN;
        }
        return result;
    }

    @Override
    public Set<RiskClass> risk() {
        Set<RiskClass> fromScore = scoreClasses();
        RiskClass floor = RiskClass.MINIMAL;
        Set<RiskClass> maybe = EnumSet.of(RiskClass.MINIMAL);
        for (RiskRule r : pack.riskRules()) {
            Tri t = Conditions.eval(r.when(), this);
            if (t == Tri.TRUE) floor = floor.max(r.riskClass());
            if (t == Tri.UNKNOWN) maybe.add(r.riskClass());
        }
        Set<RiskClass> out = EnumSet.noneOf(RiskClass.class);
        for (RiskClass s : fromScore) for (RiskClass m : maybe) out.add(s.max(floor).max(m));
        return out;
    }

    @Override
    public Set<AutonomyClass> autonomy() {
        AutonomyClass floor = pack.defaultAutonomy();
        Set<AutonomyClass> maybe = EnumSet.of(AutonomyClass.LOW);
        for (AutonomyRule r : pack.autonomyRules()) {
            Tri t = Conditions.eval(r.when(), this);
            if (t == Tri.TRUE) floor = floor.max(r.autonomyClass());
            if (t == Tri.UNKNOWN) maybe.add(r.autonomyClass());
        }
        Set<AutonomyClass> out = EnumSet.noneOf(AutonomyClass.class);
        for (AutonomyClass m : maybe) out.add(floor.max(m));
        return out;
    }

    /**
     * Score classes still possible. Undecided questions may end up hidden (adding nothing) or visible
     * (adding 0..max points and exactly max to the denominator), so with points ≥ 0:
     * percent ≤ (raw + open max) / (max + open max) without reduction, and
     * percent ≥ raw × (100 − reduction%) / (max + open max).
     */
    private Set<RiskClass> scoreClasses() {
        int raw = 0, max = 0, mit = 0, maxMit = 0, openImpact = 0;
        boolean open = false;
        for (Question q : pack.questions()) {
            if (q.maxImpact() == 0 && q.maxMitigation() == 0) continue;
            if (!assigned.containsKey(q.id())) {
                open = true;
                openImpact += q.maxImpact();
                continue;
            }
            if (hidden.contains(q.id())) continue;
            for (String optionId : AnswerChecker.chosenOptions(q, assigned.get(q.id()))) {
                Option o = q.option(optionId).orElse(null);
                if (o != null) {
                    raw += o.impact();
                    mit += o.mitigation();
                }
            }
            max += q.maxImpact();
            maxMit += q.maxMitigation();
        }
        Scoring s = pack.scoring();
        if (!open) return EnumSet.of(Scorer.breakdown(s, java.util.List.of(), raw, max, mit, maxMit).scoreClass());
        double denominator = max + openImpact;
        double hi = denominator == 0 ? 0 : (raw + openImpact) * 100.0 / denominator;
        double lo = denominator == 0 ? 0 : raw * (100.0 - s.reductionPercent()) / denominator;
        Set<RiskClass> out = EnumSet.noneOf(RiskClass.class);
        for (RiskClass c : RiskClass.values()) {
            double from = c == RiskClass.MINIMAL ? Double.NEGATIVE_INFINITY
                    : c == RiskClass.MEDIUM ? s.thresholds().medium() : s.thresholds().high();
            double to = c == RiskClass.HIGH ? Double.POSITIVE_INFINITY
                    : c == RiskClass.MEDIUM ? s.thresholds().high() : s.thresholds().medium();
            if (hi + 1e-9 >= from && lo - 1e-9 < to) out.add(c);
        }
        return out;
    }
}
