package kz.senim.rights.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.classification.SystemObligations;
import kz.senim.ledger.EntryKind;
import kz.senim.ledger.Ledger;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** A decision as the person it is about sees it, on the web and through the API. */
@Component
class DecisionViews {

    /**
     * @param auditStatus status of the independent-audit obligation, "NOT_REQUIRED" when it does not apply,
     *                    "UNKNOWN" without a stored classification
     * @param signOff     NOT_TRACKED for decisions logged before the rights desk knew them
     */
    record View(long index, UUID systemId, String systemName, boolean publicCard, String organization, String purpose,
                String riskClass, String autonomyClass, String oversightKind, List<AiSystem.Model> models,
                List<AiSystem.Dataset> datasets, String auditStatus, JsonNode record, boolean verified, boolean erased,
                Instant loggedAt, String signOff, String signedByName, Instant signedAt, boolean finalized, boolean refusedAi,
                Explanations.Case explanation, List<CaseView> cases) {
    }

    record CaseView(String reference, Cases.Kind kind, Cases.Status status, Instant createdAt, Instant dueAt, boolean late,
                    boolean overdue, String answer, Cases.Outcome outcome, String newOutcome, Long outcomeIndex,
                    boolean outcomeVerified, List<Cases.Event> history) {
    }

    private final Register register;
    private final SystemObligations obligations;
    private final RightsDecisions decisions;
    private final Explanations explanations;
    private final Cases cases;
    private final Ledger ledger;

    DecisionViews(Register register, SystemObligations obligations, RightsDecisions decisions, Explanations explanations,
                  Cases cases, Ledger ledger) {
        this.register = register;
        this.obligations = obligations;
        this.decisions = decisions;
        this.explanations = explanations;
        this.cases = cases;
        this.ledger = ledger;
    }

    /** The person's decisions, newest first, with the requests they made on each. */
    List<View> about(String iin) {
        List<Ledger.Entry> entries = ledger.aboutSubject(iin);
        byte[] subject = ledger.subjectKey(iin);
        List<Cases.Case> mine = cases.bySubject(subject);
        return entries.stream().filter(e -> e.kind() == EntryKind.DECISION).map(e -> view(e, mine, entries)).toList();
    }

    Optional<View> one(String iin, long index) {
        return about(iin).stream().filter(v -> v.index() == index).findFirst();
    }

    /** For someone holding the notice's reference and the IIN: the decision alone, with its requests. */
    View found(Ledger.Entry entry, String iin) {
        return view(entry, cases.bySubject(ledger.subjectKey(iin)), ledger.aboutSubject(iin));
    }

    private View view(Ledger.Entry e, List<Cases.Case> mine, List<Ledger.Entry> entries) {
        Optional<AiSystem> system = register.find(e.systemId());
        Optional<RightsDecisions.State> state = decisions.find(e.index());
        List<CaseView> caseViews = mine.stream().filter(c -> Long.valueOf(e.index()).equals(c.decisionIndex()))
                .map(c -> caseView(c, entries)).toList();
        return new View(e.index(), e.systemId(), system.map(AiSystem::name).orElse(""),
                system.map(s -> s.status().isPublic()).orElse(false), system.map(AiSystem::organizationName).orElse(""),
                system.map(AiSystem::purpose).orElse(""), system.map(AiSystem::riskClass).orElse(null),
                system.map(AiSystem::autonomyClass).orElse(null), system.map(s -> s.oversightKind().name()).orElse(null),
                system.map(AiSystem::models).orElse(List.of()), system.map(AiSystem::datasets).orElse(List.of()),
                auditStatus(e.systemId()), e.record(), e.verified(), e.erased(), e.loggedAt(),
                state.map(s -> s.signOff().name()).orElse("NOT_TRACKED"), state.map(RightsDecisions.State::signedByName).orElse(null),
                state.map(RightsDecisions.State::signedAt).orElse(null),
                state.map(s -> s.finalizedAt() != null).orElse(true), state.map(RightsDecisions.State::refusedAi).orElse(false),
                explanations.of(e.systemId(), e.record(), Explanations.lang(LocaleContextHolder.getLocale())), caseViews);
    }

    CaseView caseView(Cases.Case c, List<Ledger.Entry> entries) {
        boolean verified = c.outcomeIndex() != null && entries.stream().anyMatch(x -> x.index() == c.outcomeIndex() && x.verified());
        return new CaseView(c.reference(), c.kind(), c.status(), c.createdAt(), c.dueAt(), c.late(), c.overdue(), c.answer(),
                c.outcome(), c.newOutcome(), c.outcomeIndex(), verified, cases.events(c.id()));
    }

    private String auditStatus(UUID systemId) {
        if (obligations.of(systemId).isEmpty()) {
            return "UNKNOWN";
        }
        return obligations.status(systemId, "o_independent_audit").orElse("NOT_REQUIRED");
    }
}
