package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Objects;

/** A half-open interval [lower, upper) with its points; a null bound means unbounded on that side. */
public record Bin(BigDecimal lower, BigDecimal upper, BigDecimal points) {

    public Bin {
        Objects.requireNonNull(points, "points");
    }

    public boolean contains(BigDecimal x) {
        return (lower == null || x.compareTo(lower) >= 0) && (upper == null || x.compareTo(upper) < 0);
    }

    /** True if some x with from &le; x &le; to (nulls: unbounded) lies in this bin. */
    boolean meets(BigDecimal from, BigDecimal to) {
        boolean belowTo = to == null || lower == null || lower.compareTo(to) <= 0;
        boolean aboveFrom = from == null || upper == null || upper.compareTo(from) > 0;
        return belowTo && aboveFrom;
    }
}
