package kz.senim.gateway.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gateway audit: an organization's calls and figures (its operators, admins); the regulator's aggregate. */
@RestController
@RequestMapping("/api/v1/gateway")
@Tag(name = "LLM gateway audit")
@SecurityRequirement(name = "bearer")
class GatewayStatsApi {

    private final AuditQueries audit;

    GatewayStatsApi(AuditQueries audit) {
        this.audit = audit;
    }

    record Overview(AuditQueries.Figures total, List<AuditQueries.OrganizationFigures> organizations) {
    }

    @Operation(summary = "Recent calls of an organization: who, which model, decision, finding types and counts, keyed hashes, status, latency")
    @GetMapping("/organizations/{org}/calls")
    List<AuditQueries.CallView> calls(CurrentUser me, @PathVariable UUID org, @RequestParam(defaultValue = "50") int limit) {
        GatewaySettings.requireManager(me, org);
        return audit.calls(org, Math.clamp(limit, 1, 500));
    }

    @Operation(summary = "An organization's figures over the last days: calls per day, decisions, finding types")
    @GetMapping("/organizations/{org}/stats")
    AuditQueries.Figures stats(CurrentUser me, @PathVariable UUID org, @RequestParam(defaultValue = "14") int days) {
        GatewaySettings.requireManager(me, org);
        return audit.figures(org, Math.clamp(days, 1, 366));
    }

    @Operation(summary = "Aggregate across organizations for the regulator: figures and per-organization counts")
    @GetMapping("/stats")
    Overview overview(CurrentUser me, @RequestParam(defaultValue = "14") int days) {
        me.require(Role.REGULATOR, Role.ADMIN);
        int d = Math.clamp(days, 1, 366);
        return new Overview(audit.figures(null, d), audit.byOrganization(d));
    }
}
