package kz.senim.explain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One input of a scoring model.
 *
 * @param unit       optional unit label (e.g. тг / тг / KZT)
 * @param immutable  true for what a person cannot change (age, sex, ethnicity, disability status...):
 *                   counterfactuals never propose changing it
 * @param min        optional lower end of the plausible range, inclusive
 * @param max        optional upper end of the plausible range, inclusive
 * @param step       optional granularity of plausible values (grid anchored at min, or at 0 without min)
 * @param direction  which way the value may change in a counterfactual
 * @param categories the allowed codes, in model order (categorical features only, else empty)
 * @param baseline   optional reference value for contributions (see README)
 */
public record Feature(
        String id,
        Labels labels,
        Labels unit,
        FeatureKind kind,
        boolean immutable,
        BigDecimal min,
        BigDecimal max,
        BigDecimal step,
        Direction direction,
        List<Category> categories,
        Value baseline) {

    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(kind, "kind");
        direction = direction == null ? Direction.ANY : direction;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A numeric feature with no constraints; use the wither-style methods to add them. */
    public static Feature numeric(String id, Labels labels) {
        return new Feature(id, labels, null, FeatureKind.NUMERIC, false, null, null, null, Direction.ANY, List.of(), null);
    }

    public static Feature categorical(String id, Labels labels, List<Category> categories) {
        return new Feature(id, labels, null, FeatureKind.CATEGORICAL, false, null, null, null, Direction.ANY, categories, null);
    }

    public Feature asImmutable() {
        return new Feature(id, labels, unit, kind, true, min, max, step, direction, categories, baseline);
    }

    public Feature withRange(BigDecimal min, BigDecimal max) {
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    public Feature withStep(BigDecimal step) {
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    public Feature withDirection(Direction direction) {
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    public Feature withBaseline(Value baseline) {
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    public Feature withUnit(Labels unit) {
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    public boolean isNumeric() {
        return kind == FeatureKind.NUMERIC;
    }

    public Category category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
