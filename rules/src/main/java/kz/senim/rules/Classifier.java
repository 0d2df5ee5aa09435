package kz.senim.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classifies an AI system: prohibited-practice screen first (terminal), then flags, score, direct
 * Art. 17(1) rules, autonomy (Art. 17(2)) and obligations. Bad answers give an exception listing every
 * error, never a partial result. The pack is assumed valid ({@link PackValidator}).
 */
public final class Classifier {

    private Classifier() {
    }

    /** The input errors, empty when {@link #classify} would succeed. */
    /**
     * The questions that apply to these answers, in decision order; a questionnaire shows only these.
     * Works on incomplete or wrong answers too (they simply do not make further questions visible).
     */
    public static List<String> visibleQuestions(RulePack pack, Map<String, Answer> answers) {
        return AnswerChecker.check(pack, answers).visible();
    }

    public static List<AnswerError> check(RulePack pack, Map<String, Answer> answers) {
        CheckedAnswers checked = AnswerChecker.check(pack, answers);
        return errors(pack, checked, !hits(pack, checked).isEmpty());
    }

    public static Classification classify(RulePack pack, Map<String, Answer> answers) {
        CheckedAnswers checked = AnswerChecker.check(pack, answers);
        List<RuleRef> hits = hits(pack, checked);
        List<AnswerError> errors = errors(pack, checked, !hits.isEmpty());
        if (!errors.isEmpty()) throw new InvalidAnswersException(errors);

        List<Reason> reasons = new ArrayList<>();
        checked.cleared().forEach(id -> reasons.add(Reason.of("ANSWER_CLEARED", id)));
        Map<String, Object> effective = new TreeMap<>(checked.values());
        if (!hits.isEmpty()) {
            hits.forEach(h -> reasons.add(Reason.of("PROHIBITED_PRACTICE", h.id(), cite(h.source()))));
            return new Classification(pack.id(), pack.version(), true, hits, null, null, List.of(), null,
                    List.of(), reasons, checked.cleared(), effective);
        }

        Set<String> flags = new LinkedHashSet<>();
        Facts answersOnly = new KnownFacts(checked.values(), Set.of(), null, null);
        for (FlagRule f : pack.flags()) {
            if (Conditions.holds(f.when(), answersOnly)) {
                flags.add(f.id());
                reasons.add(Reason.of("FLAG_SET", f.id()));
            }
        }

        ScoreBreakdown score = Scorer.score(pack, checked.values(), checked.visible());
        if (score.reductionApplied()) {
            reasons.add(Reason.of("MITIGATION_REDUCTION", score.mitigation(), score.maxMitigation(),
                    score.mitigationThresholdPercent(), score.reductionPercent()));
        }
        reasons.add(Reason.of("SCORE_CLASS", score.percentOfMax().toPlainString(), score.scoreClass().code(),
                score.mediumThresholdPercent(), score.highThresholdPercent()));
        RiskClass risk = score.scoreClass();
        Facts withFlags = new KnownFacts(checked.values(), flags, null, null);
        for (RiskRule r : pack.riskRules()) {
            if (Conditions.holds(r.when(), withFlags)) {
                risk = risk.max(r.riskClass());
                reasons.add(Reason.of("RISK_RULE", r.id(), r.riskClass().code(), cite(r.source())));
            }
        }
        reasons.add(Reason.of("RISK_CLASS", risk.code()));

        AutonomyClass autonomy = pack.defaultAutonomy();
        boolean anyAutonomyRule = false;
        for (AutonomyRule r : pack.autonomyRules()) {
            if (Conditions.holds(r.when(), withFlags)) {
                autonomy = autonomy.max(r.autonomyClass());
                anyAutonomyRule = true;
                reasons.add(Reason.of("AUTONOMY_RULE", r.id(), r.autonomyClass().code(), cite(r.source())));
            }
        }
        if (!anyAutonomyRule) reasons.add(Reason.of("AUTONOMY_DEFAULT", autonomy.code()));

        Facts all = new KnownFacts(checked.values(), flags, risk, autonomy);
        List<RuleRef> obligations = new ArrayList<>();
        for (ObligationRule o : pack.obligations()) {
            if (Conditions.holds(o.when(), all)) {
                obligations.add(new RuleRef(o.id(), o.text(), o.source()));
                reasons.add(Reason.of("OBLIGATION", o.id(), cite(o.source())));
            }
        }
        return new Classification(pack.id(), pack.version(), false, List.of(), risk, autonomy, List.copyOf(flags),
                score, obligations, reasons, checked.cleared(), effective);
    }

    private static List<RuleRef> hits(RulePack pack, CheckedAnswers checked) {
        Facts facts = new KnownFacts(checked.values(), Set.of(), null, null);
        return pack.prohibited().stream()
                .filter(p -> Conditions.holds(p.when(), facts))
                .map(p -> new RuleRef(p.id(), p.text(), p.source()))
                .toList();
    }

    /** A prohibited hit ends the questionnaire, so only screen questions stay required. */
    private static List<AnswerError> errors(RulePack pack, CheckedAnswers checked, boolean prohibited) {
        List<AnswerError> errors = new ArrayList<>(checked.errors());
        for (String id : checked.missingRequired()) {
            boolean screen = pack.question(id).map(q -> q.section() == Section.SCREEN).orElse(false);
            if (!prohibited || screen) errors.add(AnswerError.of(id, "MISSING_REQUIRED"));
        }
        return errors;
    }

    /** "Art. 17(1)" or "article not confirmed: <reported source>", for reasons shown to users. */
    static String cite(Source s) {
        if (s == null) return "";
        return s.article() != null ? "Art. " + s.article() : Source.NOT_CONFIRMED + ": " + s.reported();
    }
}
