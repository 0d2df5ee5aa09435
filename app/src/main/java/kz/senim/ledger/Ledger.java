package kz.senim.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What other features ask the decision ledger: read entries about a person, append appeal outcomes and
 * sign-offs on behalf of an organization they have already checked, and get receipts.
 */
public interface Ledger {

    /**
     * An entry as other features see it.
     *
     * @param record   the personal record, null once erased
     * @param verified covered by a signed checkpoint (a receipt can be given)
     */
    record Entry(long index, EntryKind kind, UUID organizationId, UUID systemId, Instant loggedAt, JsonNode record,
                 boolean verified, boolean erased) {
    }

    Optional<Entry> entry(long index);

    /** Entries about the person with this IIN, newest first (at most 1000). */
    List<Entry> aboutSubject(String iin);

    /** The decision with this notice reference about this person; empty when either does not match. */
    Optional<Entry> byReference(String reference, String iin);

    /** The keyed hash under which the ledger finds a person's entries (never the IIN itself). */
    byte[] subjectKey(String iin);

    /** A key derived from the subject key for one purpose, e.g. a per-organization lookup key. */
    byte[] derivedKey(String purpose);

    /** Appends an entry for an organization the caller has already checked; returns its index. */
    long append(EntryKind kind, UUID organizationId, UUID systemId, String idempotencyKey, JsonNode record, byte[] subjectKey);

    /**
     * Decisions logged after {@code index} and before {@code before}, oldest first: what a feature that keeps its
     * own state per decision reads to catch up on events it missed (a crash between an append and its listener).
     */
    List<DecisionLogged> decisionsAfter(long index, Instant before, int limit);

    /** A self-contained receipt with the record (for the person or organization it concerns); empty until checkpointed. */
    Optional<Map<String, Object>> receipt(long index);
}
