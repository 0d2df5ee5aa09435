package kz.senim.rights.internal;

import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Who on the operator's side may see which case: its organization's operators, and the reviewer assigned to an appeal. */
@Component
class Desk {

    private final Cases cases;
    private final Register register;
    private final Ledger ledger;

    Desk(Cases cases, Register register, Ledger ledger) {
        this.cases = cases;
        this.register = register;
        this.ledger = ledger;
    }

    /** A case summary for lists: never the person's text. */
    record Row(String reference, Cases.Kind kind, Cases.Status status, UUID systemId, String systemName, String organization,
               java.time.Instant createdAt, java.time.Instant dueAt, boolean late, boolean overdue, boolean escalated,
               UUID reviewer) {
    }

    Cases.Case visible(CurrentUser me, String reference) {
        Cases.Case c = cases.byReference(reference).orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
        boolean operator = me.has(Role.OPERATOR) && me.memberOf(c.organizationId());
        boolean reviewer = me.has(Role.REVIEWER) && me.memberOf(c.organizationId()) && me.id().equals(c.reviewer());
        if (!operator && !reviewer && !me.has(Role.ADMIN)) {
            throw ProblemException.notFound("rights-case-unknown");
        }
        return c;
    }

    List<Row> rows(List<Cases.Case> list) {
        return list.stream().map(this::row).toList();
    }

    Row row(Cases.Case c) {
        var system = c.systemId() == null ? java.util.Optional.<AiSystem>empty() : register.find(c.systemId());
        return new Row(c.reference(), c.kind(), c.status(), c.systemId(), system.map(AiSystem::name).orElse(""),
                system.map(AiSystem::organizationName).orElse(""), c.createdAt(), c.dueAt(), c.late(), c.overdue(),
                c.escalatedAt() != null, c.reviewer());
    }

    /** Public because templates call it. */
    public String systemName(UUID systemId) {
        return systemId == null ? "" : register.find(systemId).map(AiSystem::name).orElse("");
    }

    JsonNode decisionRecord(Cases.Case c) {
        return c.decisionIndex() == null ? null : ledger.entry(c.decisionIndex()).map(Ledger.Entry::record).orElse(null);
    }

    /** The system, if the caller is an operator of its organization (or an admin); 404 otherwise. */
    AiSystem operated(CurrentUser me, UUID systemId) {
        AiSystem s = register.find(systemId).orElseThrow(() -> ProblemException.notFound("system-unknown"));
        if (!(me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(s.organizationId()))) {
            throw ProblemException.notFound("system-unknown");
        }
        return s;
    }
}
