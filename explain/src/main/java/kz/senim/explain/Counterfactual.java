package kz.senim.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change of one or two mutable features that flips the outcome (verified by re-scoring the probes).
 *
 * @param distance       sum of the changes' normalised distances
 * @param newProbability logistic models only, else null
 */
public record Counterfactual(
        List<Change> changes,
        BigDecimal distance,
        BigDecimal newScore,
        Outcome newOutcome,
        BigDecimal newProbability) {

    public Counterfactual {
        changes = List.copyOf(changes);
    }
}
