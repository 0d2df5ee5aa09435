package kz.senim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    private static String model(String threshold) {
        return """
                {
                  "format": "senim-explain/1", "id": "logit", "type": "logistic",
                  "features": [ { "id": "x", "labels": { "kk": "x", "ru": "x", "en": "x" }, "kind": "numeric",
                                  "immutable": false, "range": { "min": -10, "max": 10 }, "step": 0.1 } ],
                  "outcomes": {
                    "atOrAbove": { "id": "high", "labels": { "kk": "жоғары", "ru": "высокий", "en": "high" } },
                    "below": { "id": "low", "labels": { "kk": "төмен", "ru": "низкий", "en": "low" } } },
                  "threshold": %s, "intercept": -1, "weights": { "x": 2 }
                }""".formatted(threshold);
    }

    @Test
    void probabilityHalfIsScoreZero() {
        ScoringModel m = ModelParser.parse(model("0.5")).orThrow();
        assertThat(m.decision().threshold()).isEqualByComparingTo("0");
        // x = 0.5 -> score -1 + 1 = 0 -> p = 0.5 -> "high" (>=).
        Explanation e = Explainer.explain(m, Inputs.empty().num("x", "0.5"));
        assertThat(e.score()).isEqualByComparingTo("0");
        assertThat(e.probability()).isEqualByComparingTo("0.5");
        assertThat(e.outcome().id()).isEqualTo("high");
        assertThat(m.outcome(Inputs.empty().num("x", "0.4")).id()).isEqualTo("low");
    }

    @Test
    void otherProbabilitiesBecomeTheirLogit() {
        ScoringModel m = ModelParser.parse(model("0.8")).orThrow();
        // logit(0.8) = ln 4 = 1.386294361119890618834464242916...
        assertThat(m.decision().threshold().setScale(25, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("1.3862943611198906188344642");
        // score = -1 + 2x >= 1.3863 <=> x >= 1.19315; on the 0.1 grid: 1.2 (p = 0.802) flips, 1.1 does not.
        Counterfactual cf = Explainer.counterfactuals(m, Inputs.empty().num("x", "0")).best().orElseThrow();
        assertThat(cf.changes().getFirst().probe()).isEqualTo(Value.of("1.2"));
        assertThat(cf.newProbability()).isGreaterThan(new BigDecimal("0.8"));
        assertThat(m.outcome(Inputs.empty().num("x", "1.1")).id()).isEqualTo("low");
    }

    @Test
    void logitOfSmallAndLargeProbabilities() {
        // ln(0.01/0.99) = -4.59511985013458992685...; ln(99) = 4.59511985013458992685...
        assertThat(Logit.of(new BigDecimal("0.01")).setScale(18, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("-4.595119850134589927");
        assertThat(Logit.of(new BigDecimal("0.99")).setScale(18, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("4.595119850134589927");
    }
}
