package kz.senim.ledger;

import java.util.List;

/**
 * Decisions were logged (or retries replayed them), published once per request after their indices are
 * durable; a batch comes as one event, so listeners can handle it with a few statements instead of a few per
 * decision.
 */
public record DecisionsLogged(List<DecisionLogged> decisions) {

    public DecisionsLogged {
        decisions = List.copyOf(decisions);
    }

    public static DecisionsLogged of(DecisionLogged decision) {
        return new DecisionsLogged(List.of(decision));
    }
}
