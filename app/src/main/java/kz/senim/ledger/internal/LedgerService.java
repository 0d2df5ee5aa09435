package kz.senim.ledger.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.DecisionLogged;
import kz.senim.ledger.DecisionsLogged;
import kz.senim.ledger.EntryKind;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a logged record into a ledger entry: a public leaf that commits to the salted canonical record,
 * and an encrypted payload holding the salt and the record itself.
 */
@Service
class LedgerService {

    static final int LEAF_VERSION = 1;

    private final Sequencer sequencer;
    private final Sealer sealer;
    private final SubjectKeys subjects;
    private final Systems systems;
    private final LedgerProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SecureRandom random = Sealer.drbg();

    LedgerService(Sequencer sequencer, Sealer sealer, SubjectKeys subjects, Systems systems, LedgerProperties properties,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.sequencer = sequencer;
        this.sealer = sealer;
        this.subjects = subjects;
        this.systems = systems;
        this.properties = properties;
        this.events = events;
    }

    Sequenced decision(CurrentUser me, Records.Decision d, String headerKey) {
        UUID org = operatorOf(me, d.systemId());
        ObjectNode record = Canonical.JSON.valueToTree(d);
        record.remove("idempotencyKey");
        byte[] subject = subjectKey(d.subjectIin());
        Sequenced s = append(EntryKind.DECISION, org, d.systemId(), key(headerKey, d.idempotencyKey()), record, subject, d.reference());
        events.publishEvent(DecisionsLogged.of(new DecisionLogged(s.index(), org, d.systemId(), me.id(), subject, s.replay())));
        return s;
    }

    private byte[] subjectKey(String iin) {
        return iin == null ? null : subjects.of(iin);
    }

    /** One outcome of a batch: the index, or why this item was refused. */
    record ItemResult(Long index, Boolean replay, String error) {
    }

    /**
     * Many decisions in one call, all checked before any is logged; they are sequenced together, so the
     * batch costs one commit. A reused idempotency key refuses only its own item.
     */
    List<ItemResult> decisions(CurrentUser me, List<Records.Decision> decisions) {
        List<java.util.concurrent.CompletableFuture<Sequenced>> pending = new ArrayList<>(decisions.size());
        List<NewEntry> entries = new ArrayList<>(decisions.size());
        for (Records.Decision d : decisions) {
            UUID org = operatorOf(me, d.systemId());
            ObjectNode record = Canonical.JSON.valueToTree(d);
            record.remove("idempotencyKey");
            entries.add(entry(EntryKind.DECISION, org, d.systemId(), key(null, d.idempotencyKey()), record,
                    subjectKey(d.subjectIin()), d.reference()));
        }
        entries.forEach(e -> pending.add(sequencer.submit(e)));
        List<ItemResult> results = new ArrayList<>(pending.size());
        List<DecisionLogged> logged = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            var future = pending.get(i);
            try {
                Sequenced s = future.get(30, TimeUnit.SECONDS);
                results.add(new ItemResult(s.index(), s.replay(), null));
                NewEntry e = entries.get(i);
                logged.add(new DecisionLogged(s.index(), e.organizationId(), e.systemId(), me.id(), e.subjectKey(), s.replay()));
            } catch (ExecutionException e) {
                results.add(new ItemResult(null, null, e.getCause() instanceof IdempotencyConflict ? "ledger-key-reused" : "ledger-unavailable"));
            } catch (TimeoutException e) {
                results.add(new ItemResult(null, null, "ledger-unavailable"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable");
            }
        }
        if (!logged.isEmpty()) {
            events.publishEvent(new DecisionsLogged(logged));
        }
        return results;
    }

    Sequenced lifecycle(CurrentUser me, Records.Lifecycle l, String headerKey) {
        UUID org = operatorOf(me, l.systemId());
        ObjectNode record = Canonical.JSON.valueToTree(l);
        record.remove("idempotencyKey");
        return append(EntryKind.LIFECYCLE, org, l.systemId(), key(headerKey, l.idempotencyKey()), record, (byte[]) null, null);
    }

    /** For demo data: append on behalf of an organization already checked. */
    Sequenced appendChecked(EntryKind kind, UUID org, UUID systemId, String idempotencyKey, JsonNode record, String subjectIin) {
        return appendForSubjectKey(kind, org, systemId, idempotencyKey, record, subjectKey(subjectIin));
    }

    /** For other features (appeals, sign-offs): append on behalf of an organization already checked. */
    Sequenced appendForSubjectKey(EntryKind kind, UUID org, UUID systemId, String idempotencyKey, JsonNode record, byte[] subjectKey) {
        Sequenced s = append(kind, org, systemId, idempotencyKey, record, subjectKey, record.path("reference").asString(null));
        if (kind == EntryKind.DECISION) {
            events.publishEvent(DecisionsLogged.of(new DecisionLogged(s.index(), org, systemId, null, subjectKey, s.replay())));
        }
        return s;
    }

    private UUID operatorOf(CurrentUser me, UUID systemId) {
        me.require(Role.OPERATOR);
        UUID operator = systems.operatorOf(systemId).orElseThrow(() -> ProblemException.notFound("ledger-system-unknown"));
        if (!me.memberOf(operator)) {
            throw ProblemException.forbidden();
        }
        return operator;
    }

    private static String key(String header, String body) {
        if (header != null && body != null && !header.equals(body)) {
            throw ProblemException.badRequest("ledger-key-mismatch");
        }
        String key = header != null ? header : body;
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw ProblemException.badRequest("ledger-key-invalid");
        }
        return key;
    }

    private Sequenced append(EntryKind kind, UUID org, UUID systemId, String key, JsonNode record, byte[] subjectKey,
                             String reference) {
        NewEntry entry = entry(kind, org, systemId, key, record, subjectKey, reference);
        try {
            return sequencer.submit(entry).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IdempotencyConflict conflict) {
                throw ProblemException.conflict("ledger-key-reused", conflict.index);
            }
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable");
        } catch (TimeoutException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ledger-unavailable");
        }
    }

    private NewEntry entry(EntryKind kind, UUID org, UUID systemId, String key, JsonNode record, byte[] subjectKey,
                           String reference) {
        byte[] canonical = Canonical.bytes(record);
        if (canonical.length > properties.maxRecordBytes()) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "ledger-record-too-large", properties.maxRecordBytes());
        }
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        byte[] commitment = sha256(salt, canonical);
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("v", LEAF_VERSION);
        leaf.put("kind", kind.name());
        leaf.put("org", org.toString());
        leaf.put("system", systemId == null ? null : systemId.toString());
        leaf.put("commitment", Base64.getEncoder().encodeToString(commitment));
        return new NewEntry(kind, org, systemId, key, sha256(new byte[0], canonical), Canonical.bytes(leaf),
                subjectKey,
                reference == null || reference.isBlank() ? null : subjects.ofReference(reference),
                sealer.seal(Canonical.payload(canonical, salt), commitment));
    }

    static byte[] sha256(byte[] prefix, byte[] data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prefix);
            return md.digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
