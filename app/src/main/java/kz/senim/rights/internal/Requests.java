package kz.senim.rights.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CitizenIdentity;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.EntryKind;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's requests on a decision about them (explanation, data access, refusal, appeal), each a case with
 * the operator's deadline. An appeal after the operator's appeal window is accepted and flagged late; a second
 * open request of the same kind is refused with the first one's reference; nothing is stored unless all of
 * the request (text and attachments) is acceptable.
 */
@Service
class Requests {

    static final int MAX_FILES = 3;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    record Upload(String filename, String contentType, byte[] content) {
    }

    private final Cases cases;
    private final Ledger ledger;
    private final CitizenIdentity identities;
    private final Settings settings;
    private final Register register;
    private final Reviewers reviewers;
    private final Refusals refusals;
    private final RightsDecisions decisions;
    private final long maxAttachmentBytes;
    private final SecureRandom random = new SecureRandom();

    Requests(Cases cases, Ledger ledger, CitizenIdentity identities, Settings settings, Register register, Reviewers reviewers,
             Refusals refusals, RightsDecisions decisions, @Value("${senim.rights.max-attachment-bytes:2097152}") long maxAttachmentBytes) {
        this.cases = cases;
        this.ledger = ledger;
        this.identities = identities;
        this.settings = settings;
        this.register = register;
        this.reviewers = reviewers;
        this.refusals = refusals;
        this.decisions = decisions;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** The signed-in citizen's IIN; refused when the account is not linked to one. */
    String iinOf(CurrentUser me) {
        me.require(Role.CITIZEN);
        return identities.iinOf(me.id()).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "rights-not-linked"));
    }

    /** A decision about the signed-in citizen; anything else (missing, another person's) is the same 404. */
    Ledger.Entry ownDecision(CurrentUser me, long index) {
        String iin = iinOf(me);
        return ledger.aboutSubject(iin).stream().filter(e -> e.index() == index && e.kind() == EntryKind.DECISION).findFirst()
                .orElseThrow(() -> ProblemException.notFound("rights-decision-unknown"));
    }

    @Transactional
    Cases.Case submit(CurrentUser me, Cases.Kind kind, long decisionIndex, String text, boolean wholeOperator, List<Upload> files) {
        String iin = iinOf(me);
        Ledger.Entry decision = ownDecision(me, decisionIndex);
        String body = text == null ? "" : text.strip();
        if (body.length() > 5000 || kind == Cases.Kind.APPEAL && body.isEmpty()) {
            throw ProblemException.badRequest("rights-text-invalid");
        }
        check(files);
        byte[] subject = ledger.subjectKey(iin);
        cases.openFor(decisionIndex, kind, subject).ifPresent(c -> {
            throw ProblemException.conflict("rights-case-open", c.reference());
        });
        var deadlines = settings.of(decision.organizationId(), decision.systemId());
        Instant now = Instant.now();
        boolean late = kind == Cases.Kind.APPEAL && now.isAfter(decidedAt(decision).plus(Duration.ofDays(deadlines.appealWindowDays())));
        UUID reviewer = kind == Cases.Kind.APPEAL
                ? reviewers.assign(decision.organizationId(), decision.record(), decisions.find(decisionIndex).orElse(null)).orElse(null)
                : null;
        Cases.Case c = new Cases.Case(UUID.randomUUID(), reference(), kind, decisionIndex, decision.organizationId(),
                decision.systemId(), subject, me.id(), body, Cases.Status.OPEN, now.plus(Duration.ofDays(deadlines.responseDays())),
                late, null, null, reviewer, null, null, null, null, null, null, null, now, null);
        if (!cases.insert(c)) {
            Cases.Case first = cases.openFor(decisionIndex, kind, subject).orElseThrow(() -> ProblemException.conflict("rights-case-open", ""));
            throw ProblemException.conflict("rights-case-open", first.reference());
        }
        cases.event(c.id(), "OPEN", me.id(), late ? "LATE" : null);
        if (kind == Cases.Kind.APPEAL) {
            cases.event(c.id(), reviewer == null ? "UNASSIGNED" : "ASSIGNED", null, null);
        }
        if (kind == Cases.Kind.REFUSAL) {
            refusals.refuse(iin, decision.organizationId(), wholeOperator ? null : decision.systemId(), c.id());
        }
        for (Upload f : files) {
            cases.attach(c.id(), f.filename(), f.contentType(), f.content(), sha256(f.content()));
        }
        return c;
    }

    /** A refusal of AI processing by an operator or one of its public systems, not tied to a decision. */
    @Transactional
    Cases.Case refuse(CurrentUser me, UUID systemId, boolean wholeOperator) {
        String iin = iinOf(me);
        AiSystem system = register.find(systemId).filter(s -> s.status().isPublic())
                .orElseThrow(() -> ProblemException.notFound("system-unknown"));
        if (refusals.exists(ledger.subjectKey(iin), system.organizationId(), wholeOperator ? null : system.id())) {
            throw ProblemException.conflict("rights-refusal-exists");
        }
        var deadlines = settings.of(system.organizationId(), system.id());
        Instant now = Instant.now();
        Cases.Case c = new Cases.Case(UUID.randomUUID(), reference(), Cases.Kind.REFUSAL, null, system.organizationId(),
                system.id(), ledger.subjectKey(iin), me.id(), "", Cases.Status.OPEN,
                now.plus(Duration.ofDays(deadlines.responseDays())), false, null, null, null, null, null, null, null, null,
                null, null, now, null);
        cases.insert(c);
        cases.event(c.id(), "OPEN", me.id(), null);
        refusals.refuse(iin, system.organizationId(), wholeOperator ? null : system.id(), c.id());
        return c;
    }

    /** The operator answers an explanation, data-access or refusal request. */
    @Transactional
    Cases.Case answer(CurrentUser me, String reference, String text) {
        me.require(Role.OPERATOR);
        Cases.Case c = cases.byReference(reference).filter(x -> me.memberOf(x.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
        if (c.kind() == Cases.Kind.APPEAL) {
            throw ProblemException.conflict("rights-appeal-needs-review");
        }
        if (text == null || text.isBlank() || text.length() > 5000) {
            throw ProblemException.badRequest("rights-text-invalid");
        }
        if (!cases.move(c.id(), Cases.Status.OPEN, Cases.Status.ANSWERED, "answer = ?, answered_by = ?", text.strip(), me.id())) {
            throw ProblemException.conflict("rights-case-closed");
        }
        cases.event(c.id(), "ANSWERED", me.id(), null);
        return cases.byReference(reference).orElseThrow();
    }

    void checkFiles(List<Upload> files) {
        check(files);
    }

    private void check(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw ProblemException.badRequest("rights-attachments-too-many", MAX_FILES);
        }
        for (Upload f : files) {
            if (f.content().length > maxAttachmentBytes) {
                throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "rights-attachment-too-large", f.filename(), maxAttachmentBytes / 1024);
            }
            if (f.filename() == null || f.filename().isBlank() || f.filename().length() > 255) {
                throw ProblemException.badRequest("rights-attachment-name");
            }
        }
    }

    static Instant decidedAt(Ledger.Entry decision) {
        try {
            return Instant.parse(decision.record().path("occurredAt").asString());
        } catch (RuntimeException e) {
            return decision.loggedAt();
        }
    }

    private String reference() {
        StringBuilder s = new StringBuilder("RQ-");
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
