package kz.senim.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The plausible values of a numeric feature: anchor + k * step (anchor = min, or 0 without min).
 * Without a declared step the grid is 0.01, so a concrete value can always be proposed.
 */
record Grid(BigDecimal anchor, BigDecimal step) {

    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.01");

    static Grid of(Feature f) {
        return new Grid(f.min() == null ? BigDecimal.ZERO : f.min(), f.step() == null ? DEFAULT_STEP : f.step());
    }

    /** Smallest grid value &ge; v. */
    BigDecimal ceil(BigDecimal v) {
        return snap(v, RoundingMode.CEILING);
    }

    /** Largest grid value &le; v. */
    BigDecimal floor(BigDecimal v) {
        return snap(v, RoundingMode.FLOOR);
    }

    /** Largest grid value strictly below v. */
    BigDecimal below(BigDecimal v) {
        return ceil(v).subtract(step);
    }

    private BigDecimal snap(BigDecimal v, RoundingMode mode) {
        BigDecimal k = v.subtract(anchor).divide(step, 0, mode);
        return anchor.add(k.multiply(step));
    }
}
