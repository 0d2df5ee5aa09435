package kz.senim.explain;

/** How a proposed value relates to the reported bound(s). */
public enum Comparison {
    /** value &lt; bound */
    BELOW,
    /** value &ge; bound */
    AT_LEAST,
    /** value &le; bound */
    AT_MOST,
    /** bound &le; value &lt; upperBound (a scorecard bin closed on both sides) */
    BETWEEN,
    /** the category equals {@code category} */
    EQUAL_TO
}
