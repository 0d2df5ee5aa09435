package kz.senim.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A linear or logistic model: score = intercept + sum of weight * value (one-hot for categories).
 * For LOGISTIC the declared threshold is a probability p in (0, 1); it is turned once into the
 * equivalent cut on the score, logit(p) = ln(p / (1 - p)), so every decision compares exact scores.
 * p = 0.5 gives exactly 0.
 *
 * @param declaredThreshold the threshold as written in the model: on the score (IDENTITY) or probability (LOGISTIC)
 */
public record LinearModel(
        String id,
        Labels title,
        List<Feature> features,
        Link link,
        BigDecimal intercept,
        Map<String, Weight> weights,
        BigDecimal declaredThreshold,
        Outcome atOrAbove,
        Outcome below) implements ScoringModel {

    public LinearModel {
        Objects.requireNonNull(id, "id");
        features = List.copyOf(features);
        Objects.requireNonNull(link, "link");
        intercept = intercept == null ? BigDecimal.ZERO : intercept;
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Objects.requireNonNull(declaredThreshold, "declaredThreshold");
        if (link == Link.LOGISTIC
                && (declaredThreshold.signum() <= 0 || declaredThreshold.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("a probability threshold must be strictly between 0 and 1");
        }
        for (Feature f : features) {
            Weight w = weights.get(f.id());
            boolean fits = f.isNumeric() ? w instanceof Weight.Numeric : w instanceof Weight.OneHot;
            if (!fits) {
                throw new IllegalArgumentException("feature " + f.id() + " has no matching weight");
            }
        }
    }

    @Override
    public Decision decision() {
        BigDecimal cut = link == Link.LOGISTIC ? Logit.of(declaredThreshold) : declaredThreshold;
        return new Decision(cut, atOrAbove, below);
    }

    @Override
    public BigDecimal constant() {
        return intercept;
    }

    /** The weight of a numeric feature. */
    public BigDecimal weight(Feature feature) {
        return ((Weight.Numeric) weights.get(feature.id())).weight();
    }

    @Override
    public BigDecimal term(Feature feature, Value value) {
        Weight w = weights.get(feature.id());
        if (value instanceof Value.Num(BigDecimal x) && w instanceof Weight.Numeric(BigDecimal k)) {
            return k.multiply(x);
        }
        if (value instanceof Value.Cat(String code) && w instanceof Weight.OneHot oneHot) {
            if (feature.category(code) == null) {
                throw new IllegalArgumentException("unknown category '" + code + "'");
            }
            return oneHot.of(code);
        }
        throw new IllegalArgumentException("value " + value + " does not match the feature kind");
    }

    /** weight * baseline; the baseline defaults to 0 (numeric) or to no category at all (all one-hot columns 0). */
    @Override
    public BigDecimal referenceTerm(Feature feature) {
        return feature.baseline() == null ? BigDecimal.ZERO : term(feature, feature.baseline());
    }

    /** 1 / (1 + e^-score), rounded to 6 decimals; for display only. */
    @Override
    public BigDecimal probability(BigDecimal score) {
        if (link != Link.LOGISTIC) {
            return null;
        }
        double p = 1.0 / (1.0 + Math.exp(-score.doubleValue()));
        return new BigDecimal(p, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_EVEN);
    }
}
