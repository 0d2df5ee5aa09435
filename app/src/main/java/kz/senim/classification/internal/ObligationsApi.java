package kz.senim.classification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Classification and rule packs")
@SecurityRequirement(name = "bearer")
class ObligationsApi {

    private final Obligations obligations;
    private final Register register;
    private final ClassificationService classifications;

    ObligationsApi(Obligations obligations, Register register, ClassificationService classifications) {
        this.obligations = obligations;
        this.register = register;
        this.classifications = classifications;
    }

    record Update(@NotNull Obligations.Status status, @Size(max = 2000) String evidence, @Size(max = 2000) String note,
                  LocalDate dueDate) {
    }

    record Overview(Map<String, Long> byRiskClass, Map<String, Long> byAutonomyClass, List<AiSystem> prohibited,
                    List<AiSystem> overdueObligations, long systems) {
    }

    @Operation(summary = "The obligations of the system's latest classification, with status, evidence and due date")
    @GetMapping("/systems/{id}/obligations")
    List<Obligations.Item> list(CurrentUser me, @PathVariable UUID id) {
        AiSystem s = register.find(id).orElseThrow(() -> ProblemException.notFound("system-unknown"));
        if (!(me.hasAny(Role.ADMIN, Role.REGULATOR, Role.AUDITOR) || me.memberOf(s.organizationId()))) {
            throw ProblemException.notFound("system-unknown");
        }
        return obligations.of(id);
    }

    @Operation(summary = "Set an obligation's status (operator of the system's organization); DONE needs evidence")
    @PutMapping("/systems/{id}/obligations/{obligationId}")
    List<Obligations.Item> update(CurrentUser me, @PathVariable UUID id, @PathVariable String obligationId,
                                  @Valid @RequestBody Update update) {
        classifications.operatedBy(me, id);
        obligations.update(id, obligationId, update.status(), update.evidence(), update.note(), update.dueDate(), me.id());
        return obligations.of(id);
    }

    @Operation(summary = "The regulator's overview: systems by risk and autonomy class, prohibited hits, overdue obligations")
    @GetMapping("/registry/overview")
    Overview overview(CurrentUser me) {
        me.require(Role.REGULATOR, Role.ADMIN);
        return overview();
    }

    Overview overview() {
        List<AiSystem> all = register.all();
        Map<String, Long> risk = new java.util.TreeMap<>();
        Map<String, Long> autonomy = new java.util.TreeMap<>();
        for (AiSystem s : all) {
            risk.merge(s.riskClass() == null ? (Boolean.TRUE.equals(s.prohibited()) ? "PROHIBITED" : "UNCLASSIFIED") : s.riskClass(), 1L, Long::sum);
            autonomy.merge(s.autonomyClass() == null ? "UNCLASSIFIED" : s.autonomyClass(), 1L, Long::sum);
        }
        List<UUID> overdue = obligations.overdueSystems();
        return new Overview(risk, autonomy, all.stream().filter(s -> Boolean.TRUE.equals(s.prohibited())).toList(),
                all.stream().filter(s -> overdue.contains(s.id())).toList(), all.size());
    }
}
