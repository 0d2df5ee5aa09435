package kz.senim.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores the visible questions. Maxima are taken over visible questions only: a hidden branch neither
 * adds points nor dilutes the percentage. Class comparisons use exact integer arithmetic.
 */
final class Scorer {

    static final String FORMULA = "raw = Σ impact points of visible answers; mitigation = Σ mitigation points; "
            + "adjusted = raw × (100 − reduction%) / 100 if mitigation ≥ mitigationThreshold% × max mitigation "
            + "(and max mitigation > 0), else raw; percent = adjusted × 100 / max raw; "
            + "class = high if percent ≥ high%, medium if percent ≥ medium%, else minimal";

    private Scorer() {
    }

    static ScoreBreakdown score(RulePack pack, Map<String, Object> values, List<String> visible) {
        List<Contribution> parts = new ArrayList<>();
        int raw = 0, maxRaw = 0, mit = 0, maxMit = 0;
        for (String id : visible) {
            Question q = pack.question(id).orElseThrow();
            if (q.maxImpact() == 0 && q.maxMitigation() == 0) continue;
            List<String> chosen = AnswerChecker.chosenOptions(q, values.get(id));
            int impact = 0, mitigation = 0;
            for (String optionId : chosen) {
                Option o = q.option(optionId).orElse(null);
                if (o == null) continue; // an undeclared boolean "no" scores nothing
                impact += o.impact();
                mitigation += o.mitigation();
            }
            parts.add(new Contribution(id, chosen, impact, q.maxImpact(), mitigation, q.maxMitigation()));
            raw += impact;
            maxRaw += q.maxImpact();
            mit += mitigation;
            maxMit += q.maxMitigation();
        }
        return breakdown(pack.scoring(), parts, raw, maxRaw, mit, maxMit);
    }

    static ScoreBreakdown breakdown(Scoring s, List<Contribution> parts, int raw, int maxRaw, int mit, int maxMit) {
        int mitPct = s.mitigationThresholdPercent(), red = s.reductionPercent();
        int medium = s.thresholds().medium(), high = s.thresholds().high();
        boolean reduced = reductionApplies(s, mit, maxMit);
        long adjustedX100 = (long) raw * (reduced ? 100 - red : 100);
        RiskClass cls = classOf(adjustedX100, maxRaw, medium, high);
        BigDecimal adjusted = plain(BigDecimal.valueOf(adjustedX100, 2));
        BigDecimal percent = maxRaw == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(adjustedX100).divide(BigDecimal.valueOf(maxRaw), 2, RoundingMode.HALF_UP);
        BigDecimal mediumPts = plain(BigDecimal.valueOf((long) medium * maxRaw, 2));
        BigDecimal highPts = plain(BigDecimal.valueOf((long) high * maxRaw, 2));
        String computation = "raw " + raw + "/" + maxRaw + "; mitigation " + mit + "/" + maxMit
                + (reduced ? " ≥ " : " < ") + mitPct + "% → "
                + (reduced ? "adjusted = " + raw + " × " + (100 - red) + "% = " + adjusted.toPlainString()
                           : "no reduction, adjusted = " + raw)
                + "; percent = " + percent.toPlainString() + "% (medium ≥ " + medium + "% = "
                + mediumPts.toPlainString() + " pts, high ≥ " + high + "% = " + highPts.toPlainString()
                + " pts) → " + cls.code();
        return new ScoreBreakdown(FORMULA, computation, List.copyOf(parts), raw, maxRaw, mit, maxMit, mitPct, red,
                reduced, adjusted, percent, medium, high, mediumPts, highPts, cls);
    }

    /** 14.50 → 14.5 and 20.00 → 20 (never 2E+1, which JSON readers would show as such). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean reductionApplies(Scoring s, int mit, int maxMit) {
        return maxMit > 0 && (long) mit * 100 >= (long) s.mitigationThresholdPercent() * maxMit;
    }

    /** adjusted × 100 / maxRaw ≥ pct  ⇔  adjustedX100 ≥ pct × maxRaw (no rounding anywhere). */
    static RiskClass classOf(long adjustedX100, int maxRaw, int medium, int high) {
        if (maxRaw == 0) return RiskClass.MINIMAL;
        if (adjustedX100 >= (long) high * maxRaw) return RiskClass.HIGH;
        if (adjustedX100 >= (long) medium * maxRaw) return RiskClass.MEDIUM;
        return RiskClass.MINIMAL;
    }
}
