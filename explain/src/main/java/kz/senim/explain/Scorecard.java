package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A points scorecard: total = base points + the points of each feature's bin or category. */
public record Scorecard(
        String id,
        Labels title,
        List<Feature> features,
        Decision decision,
        BigDecimal basePoints,
        Map<String, FeaturePoints> points) implements ScoringModel {

    public Scorecard {
        Objects.requireNonNull(id, "id");
        features = List.copyOf(features);
        Objects.requireNonNull(decision, "decision");
        basePoints = basePoints == null ? BigDecimal.ZERO : basePoints;
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        for (Feature f : features) {
            FeaturePoints p = points.get(f.id());
            boolean fits = f.isNumeric() ? p instanceof FeaturePoints.Bins : p instanceof FeaturePoints.Categories;
            if (!fits) {
                throw new IllegalArgumentException("feature " + f.id() + " has no matching points");
            }
        }
    }

    @Override
    public BigDecimal constant() {
        return basePoints;
    }

    public FeaturePoints.Bins bins(Feature feature) {
        return (FeaturePoints.Bins) points.get(feature.id());
    }

    public FeaturePoints.Categories categoryPoints(Feature feature) {
        return (FeaturePoints.Categories) points.get(feature.id());
    }

    @Override
    public BigDecimal term(Feature feature, Value value) {
        if (value instanceof Value.Num(BigDecimal x) && feature.isNumeric()) {
            FeaturePoints.Bins b = bins(feature);
            int i = b.indexOf(x);
            if (i < 0) {
                throw new IllegalArgumentException("value " + x.toPlainString() + " is in no bin");
            }
            return b.bins().get(i).points();
        }
        if (value instanceof Value.Cat(String code) && !feature.isNumeric()) {
            BigDecimal p = categoryPoints(feature).points().get(code);
            if (p == null) {
                throw new IllegalArgumentException("unknown category '" + code + "'");
            }
            return p;
        }
        throw new IllegalArgumentException("value " + value + " does not match the feature kind");
    }

    /** The declared baseline's points, else the feature's highest points (what the person could at best get). */
    @Override
    public BigDecimal referenceTerm(Feature feature) {
        if (feature.baseline() != null) {
            return term(feature, feature.baseline());
        }
        return switch (points.get(feature.id())) {
            case FeaturePoints.Bins b -> b.bins().stream().map(Bin::points).reduce(BigDecimal::max).orElseThrow();
            case FeaturePoints.Categories c -> c.points().values().stream().reduce(BigDecimal::max).orElseThrow();
        };
    }
}
