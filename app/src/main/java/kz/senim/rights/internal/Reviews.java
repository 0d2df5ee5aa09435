package kz.senim.rights.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.EntryKind;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appeals reviewed by a human without relying on the same AI: the assigned reviewer sees the case's inputs and
 * the person's arguments, records an independent assessment, and only then sees what the AI produced. The
 * outcome goes into the ledger as an APPEAL_OUTCOME entry that names the original decision's index.
 */
@Service
class Reviews {

    private final Cases cases;
    private final Ledger ledger;
    private final Reviewers reviewers;
    private final RightsDecisions decisions;
    private final JsonMapper json = JsonMapper.builder().build();

    Reviews(Cases cases, Ledger ledger, Reviewers reviewers, RightsDecisions decisions) {
        this.cases = cases;
        this.ledger = ledger;
        this.reviewers = reviewers;
        this.decisions = decisions;
    }

    /**
     * What the reviewer may see now. {@code aiOutcome}, {@code explanationRef} and {@code human} stay null until
     * the independent assessment is recorded.
     */
    record Screen(Cases.Case appeal, String systemName, JsonNode inputs, List<Cases.Attachment> attachments,
                  boolean assessed, String aiOutcome, String explanationRef, JsonNode human, UUID systemId, JsonNode record) {
    }

    /** The appeal, if the caller is the reviewer assigned to it and took no part in the decision. */
    Cases.Case assigned(CurrentUser me, String reference) {
        me.require(Role.REVIEWER);
        Cases.Case c = cases.byReference(reference)
                .filter(x -> x.kind() == Cases.Kind.APPEAL && me.memberOf(x.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
        if (!me.id().equals(c.reviewer())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "rights-not-assigned");
        }
        JsonNode record = ledger.entry(c.decisionIndex()).map(Ledger.Entry::record).orElse(null);
        if (Reviewers.tookPart(me.id(), me.username(), me.displayName(), record, decisions.find(c.decisionIndex()).orElse(null))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "rights-reviewer-conflict");
        }
        return c;
    }

    Screen screen(CurrentUser me, String reference, String systemName) {
        Cases.Case c = assigned(me, reference);
        JsonNode record = ledger.entry(c.decisionIndex()).map(Ledger.Entry::record).orElse(null);
        JsonNode inputs = record == null ? null : record.path("dataUsed");
        boolean assessed = c.assessedAt() != null;
        return new Screen(c, systemName, inputs, cases.attachments(c.id()), assessed,
                assessed && record != null ? record.path("outcome").asString(null) : null,
                assessed && record != null ? record.path("explanationRef").asString(null) : null,
                assessed && record != null ? record.path("human") : null, c.systemId(), assessed ? record : null);
    }

    @Transactional
    void assess(CurrentUser me, String reference, String assessment) {
        Cases.Case c = assigned(me, reference);
        if (assessment == null || assessment.isBlank() || assessment.length() > 5000) {
            throw ProblemException.badRequest("rights-text-invalid");
        }
        if (!cases.move(c.id(), Cases.Status.OPEN, Cases.Status.IN_REVIEW, "assessment = ?, assessed_at = now()", assessment.strip())) {
            throw ProblemException.conflict("rights-assessed");
        }
        cases.event(c.id(), "IN_REVIEW", me.id(), null);
    }

    @Transactional
    Cases.Case decide(CurrentUser me, String reference, Cases.Outcome outcome, String reasons, String newOutcome) {
        Cases.Case c = assigned(me, reference);
        if (c.status() == Cases.Status.OPEN) {
            throw ProblemException.conflict("rights-assessment-first");
        }
        if (c.status() != Cases.Status.IN_REVIEW) {
            throw ProblemException.conflict("rights-case-closed");
        }
        if (outcome == null || reasons == null || reasons.isBlank() || reasons.length() > 5000
                || outcome == Cases.Outcome.CHANGED && (newOutcome == null || newOutcome.isBlank() || newOutcome.length() > 200)) {
            throw ProblemException.badRequest("rights-outcome-invalid");
        }
        ObjectNode record = json.createObjectNode();
        record.put("decisionIndex", c.decisionIndex());
        record.put("caseReference", c.reference());
        record.put("outcome", outcome.name());
        record.put("reasons", reasons.strip());
        if (outcome == Cases.Outcome.CHANGED) {
            record.put("newOutcome", newOutcome.strip());
        }
        record.put("reviewedBy", me.displayName());
        record.put("lateAppeal", c.late());
        record.put("decidedAt", Instant.now().toString());
        long index = ledger.append(EntryKind.APPEAL_OUTCOME, c.organizationId(), c.systemId(), "appeal-" + c.reference(), record,
                c.subjectKey());
        String changed = outcome == Cases.Outcome.CHANGED ? newOutcome.strip() : null;
        if (!cases.move(c.id(), Cases.Status.IN_REVIEW, Cases.Status.DECIDED, "outcome = ?, new_outcome = ?, answer = ?, answered_by = ?, outcome_idx = ?",
                outcome.name(), changed, reasons.strip(), me.id(), index)) {
            throw ProblemException.conflict("rights-case-closed");
        }
        cases.event(c.id(), "DECIDED", me.id(), outcome.name());
        return cases.byReference(reference).orElseThrow();
    }

    /** The operator hands an appeal to another eligible reviewer (e.g. when none was eligible at first). */
    @Transactional
    void reassign(CurrentUser me, String reference, UUID reviewer) {
        me.require(Role.OPERATOR);
        Cases.Case c = cases.byReference(reference).filter(x -> x.kind() == Cases.Kind.APPEAL && me.memberOf(x.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
        if (!c.open() || c.assessedAt() != null) {
            throw ProblemException.conflict("rights-case-closed");
        }
        JsonNode record = ledger.entry(c.decisionIndex()).map(Ledger.Entry::record).orElse(null);
        var state = decisions.find(c.decisionIndex()).orElse(null);
        if (reviewers.eligible(c.organizationId(), record, state).stream().noneMatch(a -> a.id().equals(reviewer))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "rights-reviewer-conflict");
        }
        cases.move(c.id(), Cases.Status.OPEN, Cases.Status.OPEN, "reviewer = ?", reviewer);
        cases.event(c.id(), "ASSIGNED", me.id(), null);
    }
}
