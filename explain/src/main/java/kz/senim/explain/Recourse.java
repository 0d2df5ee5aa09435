package kz.senim.explain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of the counterfactual search.
 *
 * @param status  SINGLE: one-feature changes were found; PAIR: only two-feature changes flip the outcome;
 *                NONE: no change of mutable features within their ranges, steps and directions flips it
 * @param options closest first: SINGLE has the best change per feature, PAIR the best per pair of features
 */
public record Recourse(Outcome currentOutcome, BigDecimal currentScore, Status status, List<Counterfactual> options) {

    public enum Status {
        SINGLE, PAIR, NONE
    }

    public Recourse {
        options = List.copyOf(options);
    }

    public Optional<Counterfactual> best() {
        return options.stream().findFirst();
    }
}
