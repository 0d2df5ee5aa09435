package kz.senim.explain;

import static kz.senim.explain.TestModels.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The welfare scorecard in src/test/resources/models/welfare-scorecard.json; threshold 50, base 0. */
class ScorecardTest {

    private final ScoringModel welfare = TestModels.load("welfare-scorecard.json");

    /** Age 58, disability group 2, income 125 000, informal work. */
    private final Inputs personB = Inputs.empty().num("age", "58").cat("disability", "group2")
            .num("income", "125000").cat("employment", "informal");

    @Test
    void contributionsAreTheBinPointsAndTheGapToTheBestBin() {
        // age 58 -> [30,60) = 5; best age bin 15 -> effect -10
        // disability group2 = 20; best 30 -> -10
        // income 125000 -> [120000,200000) = 10; best 30 -> -20
        // employment informal = 5; best 10 -> -5
        // total = 0 + 5 + 20 + 10 + 5 = 40 < 50 -> not eligible
        // reference score = 15 + 30 + 30 + 10 = 85; 85 - 10 - 10 - 20 - 5 = 40
        Explanation e = Explainer.explain(welfare, personB);

        assertThat(e.score()).isEqualByComparingTo("40");
        assertThat(e.outcome().id()).isEqualTo("not_eligible");
        assertThat(e.referenceScore()).isEqualByComparingTo("85");
        // |effect|: income 20, then age and disability tie at 10 -> model order (age first), then employment 5.
        assertThat(e.contributions()).extracting(c -> c.feature().id())
                .containsExactly("income", "age", "disability", "employment");
        assertThat(e.contributions()).extracting(Contribution::term)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("10"), d("5"), d("20"), d("5"));
        assertThat(e.contributions()).extracting(Contribution::effect)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("-20"), d("-10"), d("-10"), d("-5"));
        BigDecimal sumTerms = e.contributions().stream().map(Contribution::term).reduce(e.constant(), BigDecimal::add);
        BigDecimal sumEffects = e.contributions().stream().map(Contribution::effect).reduce(e.referenceScore(), BigDecimal::add);
        assertThat(sumTerms).isEqualByComparingTo(e.score());
        assertThat(sumEffects).isEqualByComparingTo(e.score());
    }

    @Test
    void counterfactualNeverMentionsImmutableFeaturesEvenWhenTheyWouldBeClosest() {
        // Need +10 points. age 58 -> 60 gives +10 at distance 2/82 = 0.024 (closest, but immutable);
        // disability group1 gives +10 (immutable). income into [60000,120000): probe 119000,
        // +10 -> 50, distance 6000/200000 = 0.03. employment jobseeker: +5 -> 45, no flip.
        Recourse r = Explainer.counterfactuals(welfare, personB);

        assertThat(r.status()).isEqualTo(Recourse.Status.SINGLE);
        assertThat(r.options()).hasSize(1);
        Counterfactual cf = r.best().orElseThrow();
        Change c = cf.changes().getFirst();
        assertThat(c.feature().id()).isEqualTo("income");
        // The bin below [60000,120000) gives even more points, so "below 120 000" is a true statement.
        assertThat(c.comparison()).isEqualTo(Comparison.BELOW);
        assertThat(c.bound()).isEqualByComparingTo("120000");
        assertThat(c.probe()).isEqualTo(Value.of("119000"));
        assertThat(c.distance()).isEqualByComparingTo("0.03");
        assertThat(cf.newScore()).isEqualByComparingTo("50");
        assertThat(cf.newOutcome().id()).isEqualTo("eligible");
        assertThat(r.options()).flatExtracting(Counterfactual::changes)
                .noneMatch(ch -> ch.feature().immutable());
    }

    @Test
    void pairIsSearchedWhenNoSingleChangeFlipsAndTiesFollowCategoryOrder() {
        // age 40 (5) + group3 (10) + income 150000 (10) + formal (0) = 25, need +25.
        // Singles: income < 60000 gives +20 -> 45; jobseeker +10 -> 35: none flips.
        // Pairs: income < 60000 (+20) with informal (+5) -> 50, or with jobseeker (+10) -> 55;
        // both at distance 91000/200000 + 1 = 1.455 -> tie -> category order: informal first.
        Inputs p = Inputs.empty().num("age", "40").cat("disability", "group3")
                .num("income", "150000").cat("employment", "formal");
        Recourse r = Explainer.counterfactuals(welfare, p);

        assertThat(r.status()).isEqualTo(Recourse.Status.PAIR);
        Counterfactual cf = r.best().orElseThrow();
        assertThat(cf.distance()).isEqualByComparingTo("1.455");
        assertThat(cf.changes()).extracting(ch -> ch.feature().id()).containsExactly("income", "employment");
        assertThat(cf.changes().get(0).comparison()).isEqualTo(Comparison.BELOW);
        assertThat(cf.changes().get(0).bound()).isEqualByComparingTo("60000");
        assertThat(cf.changes().get(1).comparison()).isEqualTo(Comparison.EQUAL_TO);
        assertThat(cf.changes().get(1).category()).isEqualTo("informal");
        assertThat(cf.newScore()).isEqualByComparingTo("50");
    }

    @Test
    void saysExplicitlyWhenNoMutableChangeFlipsTheOutcome() {
        // age 40 (5) + none (0): the best income (30) and employment (10) give 45 < 50.
        // Only disability (immutable) could flip it; it must not be proposed.
        Inputs p = Inputs.empty().num("age", "40").cat("disability", "none")
                .num("income", "150000").cat("employment", "formal");
        Recourse r = Explainer.counterfactuals(welfare, p);

        assertThat(r.status()).isEqualTo(Recourse.Status.NONE);
        assertThat(r.options()).isEmpty();
        assertThat(Texts.recourse(r, Lang.EN)).isEqualTo("No change you can make would alter this outcome.");
    }

    @Test
    void aFavourableOutcomeCanAlsoBeExplainedByWhatWouldLoseIt() {
        // age 25 (10) + group1 (30) + income 100000 (20) + formal (0) = 60 eligible; need < 50.
        // income >= 200000 (0): -20 -> 40, probe 200000 -> distance 100000/200000 = 0.5;
        // income [120000,200000) (10): -10 -> 50, still eligible. employment cannot lower the score.
        Inputs p = Inputs.empty().num("age", "25").cat("disability", "group1")
                .num("income", "100000").cat("employment", "formal");
        Counterfactual cf = Explainer.counterfactuals(welfare, p).best().orElseThrow();

        Change c = cf.changes().getFirst();
        assertThat(c.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(c.bound()).isEqualByComparingTo("200000");
        assertThat(cf.newOutcome().id()).isEqualTo("not_eligible");
    }

    @Test
    void rejectsInputsThatDoNotFit() {
        Inputs p = Inputs.empty().num("age", "40").cat("disability", "group9").cat("income", "high");
        assertThatThrownBy(() -> Explainer.explain(welfare, p))
                .hasMessageContaining("disability: unknown category 'group9'")
                .hasMessageContaining("income: a number is required")
                .hasMessageContaining("employment: missing value");
    }

    /** Two features at the same normalised distance: the one declared first in the model wins. */
    @Test
    void tieBetweenTwoFeaturesGoesToModelOrder() {
        // x: range 0..100, needs 45 -> 50: 5/100 = 0.05; y: range 0..10, needs 4.5 -> 5: 0.5/10 = 0.05.
        Feature x = Feature.numeric("x", new Labels("x", "x", "x")).withRange(d("0"), d("100")).withStep(d("1"));
        Feature y = Feature.numeric("y", new Labels("y", "y", "y")).withRange(d("0"), d("10")).withStep(d("0.5"));
        Inputs p = Inputs.empty().num("x", "45").num("y", "4.5");

        assertThat(firstFeature(tieCard(List.of(x, y)), p)).isEqualTo("x");
        assertThat(firstFeature(tieCard(List.of(y, x)), p)).isEqualTo("y");
    }

    @Test
    void statesBothBoundsWhenValuesBeyondTheBinWouldNotFlip() {
        // Non-monotonic points: [0,10) 0, [10,20) 10, [20,..) 0; threshold 10; value 5 -> 0 points.
        // Moving into [10,20) flips, but values >= 20 would not, so the statement is "from 10 to below 20".
        Feature x = Feature.numeric("x", new Labels("x", "x", "x")).withRange(d("0"), d("30")).withStep(d("1"));
        Scorecard card = new Scorecard("nm", null, List.of(x), decision(), d("0"), java.util.Map.of("x",
                new FeaturePoints.Bins(List.of(new Bin(null, d("10"), d("0")), new Bin(d("10"), d("20"), d("10")),
                        new Bin(d("20"), null, d("0"))))));
        Change c = Explainer.counterfactuals(card, Inputs.empty().num("x", "5")).best().orElseThrow().changes().getFirst();

        assertThat(c.comparison()).isEqualTo(Comparison.BETWEEN);
        assertThat(c.bound()).isEqualByComparingTo("10");
        assertThat(c.upperBound()).isEqualByComparingTo("20");
        assertThat(Texts.counterfactual(Explainer.counterfactuals(card, Inputs.empty().num("x", "5")).best().orElseThrow(), Lang.EN))
                .isEqualTo("Had your x been at least 10 but below 20, the outcome would have been «yes».");
    }

    @Test
    void directionConstraintExcludesBinsInTheForbiddenDirection() {
        // Same bins as the tie card; x = 60 sits in [50,..) worth 10 -> "yes". Losing it requires going below 50,
        // which an increase-only feature cannot do.
        Feature x = Feature.numeric("x", new Labels("x", "x", "x")).withRange(d("0"), d("100")).withStep(d("1"))
                .withDirection(Direction.INCREASE_ONLY);
        Scorecard card = tieCard(List.of(x));
        assertThat(Explainer.counterfactuals(card, Inputs.empty().num("x", "60")).status()).isEqualTo(Recourse.Status.NONE);
        Scorecard free = tieCard(List.of(x.withDirection(Direction.ANY)));
        assertThat(Explainer.counterfactuals(free, Inputs.empty().num("x", "60")).best().orElseThrow()
                .changes().getFirst().probe()).isEqualTo(Value.of("49"));
    }

    private static String firstFeature(Scorecard card, Inputs p) {
        Recourse r = Explainer.counterfactuals(card, p);
        assertThat(r.options()).hasSize(2);
        assertThat(r.options().get(0).distance()).isEqualByComparingTo(r.options().get(1).distance());
        return r.best().orElseThrow().changes().getFirst().feature().id();
    }

    /** x in [50,..) or y in [5,..) gives 10 points; threshold 10. */
    private static Scorecard tieCard(List<Feature> features) {
        java.util.Map<String, FeaturePoints> points = new java.util.LinkedHashMap<>();
        points.put("x", new FeaturePoints.Bins(List.of(new Bin(null, d("50"), d("0")), new Bin(d("50"), null, d("10")))));
        points.put("y", new FeaturePoints.Bins(List.of(new Bin(null, d("5"), d("0")), new Bin(d("5"), null, d("10")))));
        points.keySet().retainAll(features.stream().map(Feature::id).toList());
        return new Scorecard("tie", null, features, decision(), d("0"), points);
    }

    private static Decision decision() {
        return new Decision(d("10"), new Outcome("yes", new Labels("иә", "да", "yes")),
                new Outcome("no", new Labels("жоқ", "нет", "no")));
    }
}
