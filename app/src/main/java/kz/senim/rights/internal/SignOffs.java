package kz.senim.rights.internal;

import java.time.Instant;
import java.util.List;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.EntryKind;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The human sign-off gate: a decision of a system that requires human involvement stays provisional until a
 * named person of the operator signs it off (or overrides it); it cannot take effect before. Every sign-off
 * and override is a SIGN_OFF entry in the ledger naming the decision's index.
 */
@Service
class SignOffs {

    enum Action { APPROVE, OVERRIDE }

    record Item(RightsDecisions.State state, JsonNode record) {
    }

    private final RightsDecisions decisions;
    private final Ledger ledger;
    private final JsonMapper json = JsonMapper.builder().build();

    SignOffs(RightsDecisions decisions, Ledger ledger) {
        this.decisions = decisions;
        this.ledger = ledger;
    }

    List<Item> queue(CurrentUser me) {
        me.require(Role.OPERATOR, Role.REVIEWER);
        if (me.organizationId() == null) {
            return List.of();
        }
        return decisions.pending(me.organizationId()).stream()
                .map(s -> new Item(s, ledger.entry(s.index()).map(Ledger.Entry::record).orElse(null))).toList();
    }

    /** A decision of the caller's organization; another's or an untracked one is the same 404. */
    RightsDecisions.State own(CurrentUser me, long index) {
        me.require(Role.OPERATOR, Role.REVIEWER);
        return decisions.find(index).filter(s -> me.memberOf(s.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("rights-decision-unknown"));
    }

    @Transactional
    RightsDecisions.State signOff(CurrentUser me, long index, Action action, String note, String newOutcome) {
        RightsDecisions.State state = own(me, index);
        if (state.signOff() == RightsDecisions.SignOff.NOT_REQUIRED) {
            throw ProblemException.conflict("rights-signoff-not-required");
        }
        if (state.signOff() != RightsDecisions.SignOff.PENDING) {
            throw ProblemException.conflict("rights-signoff-done", state.signedByName());
        }
        if (action == null || note != null && note.length() > 2000
                || action == Action.OVERRIDE && (blank(newOutcome) || newOutcome.length() > 200 || blank(note))) {
            throw ProblemException.badRequest("rights-signoff-invalid");
        }
        ObjectNode record = json.createObjectNode();
        record.put("decisionIndex", index);
        record.put("action", action == Action.APPROVE ? "APPROVED" : "OVERRIDDEN");
        record.put("by", me.displayName());
        record.put("byAccount", me.id().toString());
        record.put("at", Instant.now().toString());
        if (!blank(note)) {
            record.put("note", note.strip());
        }
        if (action == Action.OVERRIDE) {
            record.put("newOutcome", newOutcome.strip());
        }
        long entry = ledger.append(EntryKind.SIGN_OFF, state.organizationId(), state.systemId(), "signoff-" + index, record,
                state.subjectKey());
        RightsDecisions.SignOff result = action == Action.APPROVE ? RightsDecisions.SignOff.APPROVED : RightsDecisions.SignOff.OVERRIDDEN;
        if (!decisions.signOff(index, result, me.id(), me.displayName(), blank(note) ? null : note.strip(), entry)) {
            throw ProblemException.conflict("rights-signoff-done", "");
        }
        return decisions.find(index).orElseThrow();
    }

    /** The decision takes effect (its notice can go out); refused while a required sign-off is missing. */
    @Transactional
    RightsDecisions.State finalizeDecision(CurrentUser me, long index) {
        me.require(Role.OPERATOR);
        RightsDecisions.State state = own(me, index);
        if (state.provisional()) {
            throw ProblemException.conflict("rights-signoff-required");
        }
        decisions.finalize(index);
        return decisions.find(index).orElseThrow();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
