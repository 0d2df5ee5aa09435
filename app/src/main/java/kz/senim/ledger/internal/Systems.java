package kz.senim.ledger.internal;

import java.util.Optional;
import java.util.UUID;

/** Which organization operates an AI system, as the register records it. */
interface Systems {

    Optional<UUID> operatorOf(UUID systemId);
}
