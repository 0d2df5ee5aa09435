package kz.senim.explain;

import java.math.BigDecimal;

/**
 * One feature change inside a counterfactual.
 *
 * @param current    the person's value
 * @param comparison how the statement is phrased; with {@code bound}/{@code upperBound} or {@code category}
 * @param bound      BELOW/AT_LEAST/AT_MOST/BETWEEN: the bound (for scorecards a bin bound), else null
 * @param upperBound BETWEEN only: the exclusive upper bound, else null
 * @param category   EQUAL_TO only: the proposed category code, else null
 * @param probe      the concrete nearest value satisfying the statement, on the feature's step grid;
 *                   the counterfactual's new score is computed with it
 * @param distance   normalised distance |probe - current| / (max - min), or 1 for a category change
 */
public record Change(
        Feature feature,
        Value current,
        Comparison comparison,
        BigDecimal bound,
        BigDecimal upperBound,
        String category,
        Value probe,
        BigDecimal distance) {
}
