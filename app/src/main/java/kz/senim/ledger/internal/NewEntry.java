package kz.senim.ledger.internal;

import java.util.UUID;
import kz.senim.ledger.EntryKind;

/**
 * An entry ready to be sequenced: the public leaf, the sealed payload and what identifies a retry.
 *
 * @param requestHash SHA-256 of the canonical request, to tell a retry from a different request with the same key
 */
record NewEntry(EntryKind kind, UUID organizationId, UUID systemId, String idempotencyKey, byte[] requestHash,
                byte[] leaf, byte[] subjectKey, byte[] referenceKey, Sealer.Sealed sealed) {
}
