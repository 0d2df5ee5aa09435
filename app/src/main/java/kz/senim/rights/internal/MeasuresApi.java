package kz.senim.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.registry.Register;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rights measures")
class MeasuresApi {

    private final Measures measures;
    private final Register register;
    private final Cases cases;
    private final Desk desk;
    private final RightsDecisions decisions;

    MeasuresApi(Measures measures, Register register, Cases cases, Desk desk, RightsDecisions decisions) {
        this.measures = measures;
        this.register = register;
        this.cases = cases;
        this.desk = desk;
        this.decisions = decisions;
    }

    record Overview(List<Measures.Figures> measures, List<Desk.Row> escalated, long refusedFlags) {
    }

    @Operation(summary = "Appeal rate, overturn rate, median time to resolve and overdue requests of every public system (no sign-in)")
    @GetMapping("/api/v1/public/rights/measures")
    List<Measures.Figures> all() {
        return measures.all().stream().filter(m -> isPublic(m.systemId())).toList();
    }

    @Operation(summary = "The same figures for one public system (no sign-in)")
    @GetMapping("/api/v1/public/rights/systems/{id}/measures")
    Measures.Figures one(@PathVariable UUID id) {
        if (!isPublic(id)) {
            throw ProblemException.notFound("system-unknown");
        }
        return measures.of(id).orElse(new Measures.Figures(id, null, 0, 0, 0, 0, null, null, null, 0, 0));
    }

    @Operation(summary = "The regulator's view across operators: measures of every system, overdue requests escalated to the regulator, "
            + "decisions logged although the person had refused")
    @GetMapping("/api/v1/rights/overview")
    @SecurityRequirement(name = "bearer")
    Overview overview(CurrentUser me) {
        me.require(Role.REGULATOR, Role.ADMIN);
        return new Overview(measures.all(), desk.rows(cases.escalated()), decisions.flagged(null).size());
    }

    private boolean isPublic(UUID systemId) {
        return register.find(systemId).map(s -> s.status().isPublic()).orElse(false);
    }
}
