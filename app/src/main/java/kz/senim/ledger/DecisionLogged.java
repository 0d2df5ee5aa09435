package kz.senim.ledger;

import java.util.UUID;

/** A decision in the ledger: its index, who logged it about whom, and whether the append was a retry. */
public record DecisionLogged(long index, UUID organizationId, UUID systemId, UUID loggedBy, byte[] subjectKey, boolean replay) {
}
