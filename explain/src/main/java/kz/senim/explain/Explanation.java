package kz.senim.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The case-level explanation of one scored person.
 * Reconciles exactly: score = constant + sum(term) = referenceScore + sum(effect).
 *
 * @param threshold      the cut on the score (for logistic models: the logit of the probability threshold)
 * @param probability    logistic models only (display, 6 decimals), else null
 * @param constant       base points or intercept
 * @param referenceScore constant + sum(reference): the score of the reference person
 * @param contributions  sorted by |effect| descending, ties in model order
 */
public record Explanation(
        String modelId,
        Outcome outcome,
        BigDecimal score,
        BigDecimal threshold,
        BigDecimal probability,
        BigDecimal constant,
        BigDecimal referenceScore,
        List<Contribution> contributions) {

    public Explanation {
        contributions = List.copyOf(contributions);
    }
}
