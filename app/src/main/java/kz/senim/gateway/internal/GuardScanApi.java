package kz.senim.gateway.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import kz.senim.account.CurrentUser;
import kz.senim.guard.FindingType;
import kz.senim.guard.LeakGuard;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The leak guard on its own: findings in a text, with the caller organization's terms and patterns. */
@RestController
@Tag(name = "Leak guard")
@SecurityRequirement(name = "bearer")
class GuardScanApi {

    private static final LeakGuard BUILT_INS = LeakGuard.defaults();

    private final GatewayConfigs configs;
    private final Scanner scanner;

    GuardScanApi(GatewayConfigs configs, Scanner scanner) {
        this.configs = configs;
        this.scanner = scanner;
    }

    record ScanRequest(@NotNull String text) {
    }

    /** Offsets are UTF-16 code units, end exclusive (as JavaScript's and Java's String.substring). */
    record FindingView(FindingType type, int start, int end, String detector, double confidence) {
    }

    record ScanResult(List<FindingView> findings) {
    }

    @Operation(summary = "Find personal data and restricted markings in a text (built-in detectors plus the organization's terms and patterns)")
    @PostMapping("/api/v1/guard/scan")
    ScanResult scan(CurrentUser me, @Valid @RequestBody ScanRequest request) {
        LeakGuard guard = me.organizationId() == null ? BUILT_INS : configs.get(me.organizationId()).guard();
        try {
            return new ScanResult(scanner.scan(guard, request.text()).stream()
                    .map(f -> new FindingView(f.type(), f.start(), f.end(), f.detector(), f.confidence())).toList());
        } catch (GatewayException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "guard-scan-failed");
        }
    }
}
