package kz.senim.explain;

import java.math.BigDecimal;

/**
 * One feature's part in a person's score.
 *
 * @param term      what the feature adds to the score: scorecard points, or weight * value (one-hot weight)
 * @param reference the term of the feature's reference (see README): best bin / declared baseline, or weight * baseline
 * @param effect    term - reference: how far this feature moved the score away from its reference
 */
public record Contribution(Feature feature, Value value, BigDecimal term, BigDecimal reference, BigDecimal effect) {
}
