package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cut on the score: score &ge; threshold gives {@code atOrAbove}, anything lower gives {@code below}.
 * For logistic models the threshold here is already on the linear score (the logit of the probability).
 */
public record Decision(BigDecimal threshold, Outcome atOrAbove, Outcome below) {

    public Decision {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(atOrAbove, "atOrAbove");
        Objects.requireNonNull(below, "below");
    }

    public Outcome outcomeFor(BigDecimal score) {
        return score.compareTo(threshold) >= 0 ? atOrAbove : below;
    }
}
