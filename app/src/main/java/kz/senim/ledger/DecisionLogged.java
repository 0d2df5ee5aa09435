package kz.senim.ledger;

import java.util.UUID;

/** A decision was logged (or a retry replayed it); published after its index is durable. */
public record DecisionLogged(long index, UUID organizationId, UUID systemId, UUID loggedBy, byte[] subjectKey, boolean replay) {
}
