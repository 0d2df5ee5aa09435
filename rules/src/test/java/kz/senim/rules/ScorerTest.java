package kz.senim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula at its edges, with exact arithmetic. */
class ScorerTest {

    private static final Scoring CANADA_LIKE =
            new Scoring(new Scoring.Thresholds(25, 50), 80, 15, Source.reported("Canada AIA model"));

    private static ScoreBreakdown score(int raw, int maxRaw, int mit, int maxMit) {
        return Scorer.breakdown(CANADA_LIKE, List.of(), raw, maxRaw, mit, maxMit);
    }

    @Test
    void mitigationAtExactly80PercentReducesRawImpactBy15Percent() {
        ScoreBreakdown s = score(20, 40, 8, 10);
        assertThat(s.reductionApplied()).isTrue();
        assertThat(s.adjustedImpact()).isEqualByComparingTo("17");
        assertThat(s.percentOfMax()).isEqualByComparingTo("42.5");
        assertThat(s.scoreClass()).isEqualTo(RiskClass.MEDIUM);
    }

    @Test
    void mitigationJustUnder80PercentDoesNotReduce() {
        ScoreBreakdown s = score(20, 40, 79, 100);
        assertThat(s.reductionApplied()).isFalse();
        assertThat(s.adjustedImpact()).isEqualByComparingTo("20");
        assertThat(s.scoreClass()).isEqualTo(RiskClass.HIGH);
    }

    @Test
    void aThresholdIsReachedAtExactlyItsPercentage() {
        assertThat(score(10, 40, 0, 0).scoreClass()).isEqualTo(RiskClass.MEDIUM); // 25%
        assertThat(score(9, 40, 0, 0).scoreClass()).isEqualTo(RiskClass.MINIMAL); // 22.5%
        assertThat(score(20, 40, 0, 0).scoreClass()).isEqualTo(RiskClass.HIGH); // 50%
        assertThat(score(19, 40, 0, 0).scoreClass()).isEqualTo(RiskClass.MEDIUM); // 47.5%
    }

    @Test
    void reductionCanMoveAScoreBelowAThresholdWithoutRounding() {
        // 20 × 0.85 = 17 of 34 = exactly 50% → high; 20 × 0.85 = 17 of 35 = 48.57% → medium.
        assertThat(score(20, 34, 10, 10).scoreClass()).isEqualTo(RiskClass.HIGH);
        assertThat(score(20, 35, 10, 10).scoreClass()).isEqualTo(RiskClass.MEDIUM);
    }

    @Test
    void noScoredQuestionsMeansMinimalAndNoReduction() {
        ScoreBreakdown s = score(0, 0, 0, 0);
        assertThat(s.scoreClass()).isEqualTo(RiskClass.MINIMAL);
        assertThat(s.reductionApplied()).isFalse();
        assertThat(s.percentOfMax()).isEqualByComparingTo("0");
    }

    @Test
    void thresholdsAreShownInPercentAndPoints() {
        ScoreBreakdown s = score(5, 30, 0, 0);
        assertThat(s.mediumThresholdPercent()).isEqualTo(25);
        assertThat(s.mediumThresholdPoints()).isEqualByComparingTo("7.5");
        assertThat(s.highThresholdPoints()).isEqualByComparingTo("15");
        assertThat(s.formula()).contains("mitigationThreshold%", "reduction%");
        assertThat(s.computation()).isEqualTo("raw 5/30; mitigation 0/0 < 80% → no reduction, adjusted = 5; "
                + "percent = 16.67% (medium ≥ 25% = 7.5 pts, high ≥ 50% = 15 pts) → minimal");
    }
}
