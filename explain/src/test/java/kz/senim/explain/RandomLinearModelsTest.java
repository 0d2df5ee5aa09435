package kz.senim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property checks over seeded random linear models and persons (plain JUnit with java.util.Random so every
 * failure is reproducible from its seed): every proposed counterfactual, applied, flips the outcome; it never
 * touches an immutable feature and respects ranges, steps and directions; and a logistic model with
 * threshold p = 0.5 decides exactly like the same linear model with threshold 0.
 */
class RandomLinearModelsTest {

    private static final Outcome YES = new Outcome("yes", new Labels("иә", "да", "yes"));
    private static final Outcome NO = new Outcome("no", new Labels("жоқ", "нет", "no"));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void counterfactualsFlipAndRespectConstraints(long seed) {
        Random random = new Random(seed);
        Map<Recourse.Status, Integer> seen = new java.util.EnumMap<>(Recourse.Status.class);
        for (int i = 0; i < 60; i++) {
            List<Feature> features = features(random);
            Inputs person = person(random, features);
            LinearModel model = nearThreshold(random, model(random, features, Link.IDENTITY,
                    BigDecimal.valueOf(random.nextInt(9) - 4)), person);
            Recourse r = Explainer.counterfactuals(model, person);
            Outcome before = model.outcome(person);
            String where = "seed " + seed + " case " + i + " " + model + " " + person;
            seen.merge(r.status(), 1, Integer::sum);
            if (r.status() == Recourse.Status.NONE) {
                assertThat(r.options()).as(where).isEmpty();
            }
            for (Counterfactual cf : r.options()) {
                Inputs changed = person;
                for (Change c : cf.changes()) {
                    assertThat(c.feature().immutable()).as(where).isFalse();
                    assertAllowed(c, where);
                    changed = changed.with(c.feature().id(), c.probe());
                }
                assertThat(model.outcome(changed)).as(where).isNotEqualTo(before).isEqualTo(cf.newOutcome());
                assertThat(model.score(changed)).as(where).isEqualByComparingTo(cf.newScore());
            }
            assertSinglesAreClosest(model, person, r, where);
        }
        // The generator must exercise the search, not only trivial cases.
        assertThat(seen.getOrDefault(Recourse.Status.SINGLE, 0)).isGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void logisticAtHalfEqualsLinearAtZero(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            List<Feature> features = features(random);
            LinearModel linear = model(random, features, Link.IDENTITY, BigDecimal.ZERO);
            LinearModel logistic = new LinearModel("l", null, features, Link.LOGISTIC, linear.intercept(),
                    linear.weights(), new BigDecimal("0.5"), YES, NO);
            for (int k = 0; k < 5; k++) {
                Inputs person = person(random, features);
                assertThat(logistic.outcome(person)).isEqualTo(linear.outcome(person));
                assertThat(Explainer.counterfactuals(logistic, person).options())
                        .extracting(Counterfactual::changes)
                        .isEqualTo(Explainer.counterfactuals(linear, person).options().stream()
                                .map(Counterfactual::changes).toList());
            }
        }
    }

    /** Brute force over every allowed grid value / category of each mutable feature. */
    private static void assertSinglesAreClosest(LinearModel model, Inputs person, Recourse r, String where) {
        Outcome before = model.outcome(person);
        for (Feature f : model.features()) {
            if (f.immutable()) {
                continue;
            }
            BigDecimal best = null;
            for (Value v : allowedValues(f, person.get(f.id()))) {
                if (!model.outcome(person.with(f.id(), v)).equals(before)) {
                    BigDecimal dist = v instanceof Value.Num(BigDecimal x)
                            ? x.subtract(((Value.Num) person.get(f.id())).number()).abs()
                                    .divide(f.max().subtract(f.min()), java.math.MathContext.DECIMAL128)
                            : BigDecimal.ONE;
                    best = best == null ? dist : best.min(dist);
                }
            }
            var reported = r.status() != Recourse.Status.SINGLE ? java.util.Optional.<Counterfactual>empty()
                    : r.options().stream().filter(cf -> cf.changes().getFirst().feature().equals(f)).findFirst();
            if (best == null) {
                assertThat(reported).as(where + " " + f.id()).isEmpty();
            } else {
                assertThat(r.status()).as(where + " " + f.id()).isEqualTo(Recourse.Status.SINGLE);
                assertThat(reported).as(where + " " + f.id()).isPresent();
                assertThat(reported.get().distance()).as(where + " " + f.id()).isEqualByComparingTo(best);
            }
        }
    }

    private static List<Value> allowedValues(Feature f, Value current) {
        List<Value> values = new ArrayList<>();
        if (!f.isNumeric()) {
            f.categories().forEach(c -> values.add(Value.category(c.code())));
            return values;
        }
        BigDecimal x = ((Value.Num) current).number();
        for (BigDecimal v = f.min(); v.compareTo(f.max()) <= 0; v = v.add(f.step())) {
            boolean allowed = switch (f.direction()) {
                case ANY -> true;
                case INCREASE_ONLY -> v.compareTo(x) > 0;
                case DECREASE_ONLY -> v.compareTo(x) < 0;
            };
            if (allowed) {
                values.add(Value.of(v));
            }
        }
        return values;
    }

    /** Shifts the intercept so the person lands near the threshold, where the search has work to do. */
    private static LinearModel nearThreshold(Random random, LinearModel m, Inputs person) {
        BigDecimal shift = m.declaredThreshold().subtract(m.score(person)).add(decimal(random, 300, 2));
        return new LinearModel(m.id(), m.title(), m.features(), m.link(), m.intercept().add(shift), m.weights(),
                m.declaredThreshold(), m.atOrAbove(), m.below());
    }

    private static void assertAllowed(Change c, String where) {
        Feature f = c.feature();
        if (!(c.probe() instanceof Value.Num(BigDecimal probe))) {
            assertThat(f.category(((Value.Cat) c.probe()).code())).as(where).isNotNull();
            return;
        }
        BigDecimal current = ((Value.Num) c.current()).number();
        assertThat(probe).as(where).isBetween(f.min(), f.max());
        assertThat(probe.subtract(f.min()).remainder(f.step()).signum()).as(where + " on grid").isZero();
        if (f.direction() == Direction.INCREASE_ONLY) {
            assertThat(probe).as(where).isGreaterThan(current);
        }
        if (f.direction() == Direction.DECREASE_ONLY) {
            assertThat(probe).as(where).isLessThan(current);
        }
    }

    private static List<Feature> features(Random random) {
        int n = 2 + random.nextInt(4);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Labels l = new Labels("f" + i, "f" + i, "f" + i);
            Feature f;
            if (random.nextInt(4) == 0) {
                f = Feature.categorical("f" + i, l, List.of(new Category("a", null), new Category("b", null),
                        new Category("c", null)));
            } else {
                BigDecimal min = BigDecimal.valueOf(random.nextInt(21) - 10);
                BigDecimal step = List.of(new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.01"),
                        new BigDecimal("5")).get(random.nextInt(4));
                BigDecimal max = min.add(step.multiply(BigDecimal.valueOf(1 + random.nextInt(40))));
                f = Feature.numeric("f" + i, l).withRange(min, max).withStep(step)
                        .withDirection(Direction.values()[random.nextInt(3)]);
            }
            features.add(random.nextInt(3) == 0 ? f.asImmutable() : f);
        }
        return features;
    }

    private static LinearModel model(Random random, List<Feature> features, Link link, BigDecimal threshold) {
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (Feature f : features) {
            if (f.isNumeric()) {
                weights.put(f.id(), new Weight.Numeric(decimal(random, 300, 2)));
            } else {
                weights.put(f.id(), new Weight.OneHot(Map.of("a", decimal(random, 300, 2), "b", decimal(random, 300, 2))));
            }
        }
        return new LinearModel("random", null, features, link, decimal(random, 500, 2), weights, threshold, YES, NO);
    }

    private static Inputs person(Random random, List<Feature> features) {
        Inputs p = Inputs.empty();
        for (Feature f : features) {
            if (f.isNumeric()) {
                // Anywhere in the range, often off the step grid.
                BigDecimal span = f.max().subtract(f.min());
                BigDecimal x = f.min().add(span.multiply(BigDecimal.valueOf(random.nextInt(1001))).movePointLeft(3));
                p = p.num(f.id(), x);
            } else {
                p = p.cat(f.id(), List.of("a", "b", "c").get(random.nextInt(3)));
            }
        }
        return p;
    }

    /** A decimal in (-bound, bound) / 10^scale, e.g. -1.37. */
    private static BigDecimal decimal(Random random, int bound, int scale) {
        return BigDecimal.valueOf(random.nextInt(2 * bound + 1) - bound, scale);
    }
}
