package kz.senim.explain;

import static kz.senim.explain.TestModels.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * src/test/resources/models/credit-linear.json: score = -2 + 0.01 income - 0.01 debt + 0.5 experience
 * + 0.03 age + (almaty 0.5 | astana 0.3 | other 0); score >= 0 -> approved. Age is immutable (baseline 40),
 * experience can only increase. Ranges: income 0..2000 step 1, debt 0..1000 step 10, experience 0..50 step 1.
 */
class LinearModelTest {

    private final ScoringModel credit = TestModels.load("credit-linear.json");

    /** income 150, debt 200, experience 2, age 30, region other. */
    private final Inputs person1 = Inputs.empty().num("income", "150").num("debt", "200").num("experience", "2")
            .num("age", "30").cat("region", "other");

    @Test
    void contributionsAreWeightTimesDistanceFromBaseline() {
        // score = -2 + 1.5 - 2 + 1 + 0.9 + 0 = -0.6 -> declined
        // effects: income 1.5, debt -2, experience 1, age 0.03 * (30 - 40) = -0.3, region 0
        // reference score = -2 + 0.03 * 40 = -0.8; -0.8 + 1.5 - 2 + 1 - 0.3 = -0.6
        Explanation e = Explainer.explain(credit, person1);

        assertThat(e.score()).isEqualByComparingTo("-0.6");
        assertThat(e.outcome().id()).isEqualTo("declined");
        assertThat(e.referenceScore()).isEqualByComparingTo("-0.8");
        assertThat(e.probability()).isNull();
        assertThat(e.contributions()).extracting(c -> c.feature().id())
                .containsExactly("debt", "income", "experience", "age", "region");
        assertThat(e.contributions()).extracting(Contribution::effect).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("-2"), d("1.5"), d("1"), d("-0.3"), d("0"));
        assertThat(e.contributions().get(3).term()).isEqualByComparingTo("0.9");
        assertThat(e.contributions().get(3).reference()).isEqualByComparingTo("1.2");
    }

    @Test
    void singleChangesAreSolvedExactlyAndRoundedToTheStep() {
        // Need +0.6. income: +60 -> 210 (60/2000 = 0.03, score exactly 0 -> approved).
        // experience: +1.2 -> 3.2, rounded up to the step: 4 (2/50 = 0.04, score 0.4); 3 would give -0.1.
        // debt: -60 -> 140 (60/1000 = 0.06, score 0). region: almaty -> -0.1, no flip. age: immutable.
        Recourse r = Explainer.counterfactuals(credit, person1);

        assertThat(r.status()).isEqualTo(Recourse.Status.SINGLE);
        assertThat(r.options()).extracting(cf -> cf.changes().getFirst().feature().id())
                .containsExactly("income", "experience", "debt");
        assertChange(r.options().get(0), Comparison.AT_LEAST, "210", "0.03", "0");
        assertChange(r.options().get(1), Comparison.AT_LEAST, "4", "0.04", "0.4");
        assertChange(r.options().get(2), Comparison.AT_MOST, "140", "0.06", "0");
        assertThat(credit.outcome(person1.num("experience", "3")).id()).isEqualTo("declined");
        assertThat(credit.outcome(person1.num("experience", "4")).id()).isEqualTo("approved");
    }

    @Test
    void strictSideOfTheThresholdMovesOneStepFurther() {
        // income 210 -> score exactly 0 -> approved. To be declined the score must be < 0:
        // income 210 itself is the boundary, so 209 (score -0.01, distance 1/2000 = 0.0005);
        // debt 200 is the boundary, so 210 (score -0.1, distance 10/1000 = 0.01); experience may not decrease.
        Inputs p = person1.num("income", "210");
        Recourse r = Explainer.counterfactuals(credit, p);

        assertThat(r.options()).extracting(cf -> cf.changes().getFirst().feature().id()).containsExactly("income", "debt");
        assertChange(r.options().get(0), Comparison.AT_MOST, "209", "0.0005", "-0.01");
        assertChange(r.options().get(1), Comparison.AT_LEAST, "210", "0.01", "-0.1");
    }

    @Test
    void directionConstraintIsRespected() {
        // income 100, debt 300, experience 10, age 40, other: -2 + 1 - 3 + 5 + 1.2 = 2.2 approved; need < 0.
        // experience: 10 -> 5 (score -0.3, distance 5/50 = 0.1) would be closest, but it can only increase.
        // income would have to go below 0. debt: 520 is the boundary (score 0) -> 530 (score -0.1, 230/1000 = 0.23).
        Inputs p = Inputs.empty().num("income", "100").num("debt", "300").num("experience", "10")
                .num("age", "40").cat("region", "other");
        Recourse r = Explainer.counterfactuals(credit, p);
        assertThat(r.options()).hasSize(1);
        assertChange(r.options().getFirst(), Comparison.AT_LEAST, "530", "0.23", "-0.1");

        LinearModel free = withExperienceDirection((LinearModel) credit, Direction.ANY);
        Recourse unconstrained = Explainer.counterfactuals(free, p);
        assertChange(unconstrained.best().orElseThrow(), Comparison.AT_MOST, "5", "0.1", "-0.3");
    }

    @Test
    void twoLinearFeaturesFillTheGapMostEfficientFirst() {
        // a, b in 0..10, weight 1 each, threshold 15; a = 2, b = 3 -> 5. Alone: a = 10 -> 13, b = 10 -> 12.
        // Equal efficiency (|w| * range = 10) -> model order: a to its maximum 10 (13), b covers +2 -> 5.
        // Distance 8/10 + 2/10 = 1.
        Feature a = Feature.numeric("a", new Labels("a", "a", "a")).withRange(d("0"), d("10")).withStep(d("1"));
        Feature b = Feature.numeric("b", new Labels("b", "b", "b")).withRange(d("0"), d("10")).withStep(d("1"));
        LinearModel m = new LinearModel("pair", null, List.of(a, b), Link.IDENTITY, d("0"),
                Map.of("a", new Weight.Numeric(d("1")), "b", new Weight.Numeric(d("1"))), d("15"),
                new Outcome("yes", new Labels("иә", "да", "yes")), new Outcome("no", new Labels("жоқ", "нет", "no")));
        Recourse r = Explainer.counterfactuals(m, Inputs.empty().num("a", "2").num("b", "3"));

        assertThat(r.status()).isEqualTo(Recourse.Status.PAIR);
        Counterfactual cf = r.best().orElseThrow();
        assertThat(cf.distance()).isEqualByComparingTo("1");
        assertThat(cf.changes()).extracting(c -> c.probe()).containsExactly(Value.of("10"), Value.of("5"));
        assertThat(cf.newScore()).isEqualByComparingTo("15");
    }

    private static void assertChange(Counterfactual cf, Comparison comparison, String value, String distance,
                                     String newScore) {
        Change c = cf.changes().getFirst();
        assertThat(c.comparison()).isEqualTo(comparison);
        assertThat(c.bound()).isEqualByComparingTo(value);
        assertThat(c.probe()).isEqualTo(Value.of(new BigDecimal(value)));
        assertThat(c.distance()).isEqualByComparingTo(distance);
        assertThat(cf.newScore()).isEqualByComparingTo(newScore);
    }

    private static LinearModel withExperienceDirection(LinearModel m, Direction direction) {
        List<Feature> features = m.features().stream()
                .map(f -> f.id().equals("experience") ? f.withDirection(direction) : f).toList();
        return new LinearModel(m.id(), m.title(), features, m.link(), m.intercept(), m.weights(),
                m.declaredThreshold(), m.atOrAbove(), m.below());
    }
}
