package kz.senim.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.senim.account.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/rights")
@Tag(name = "Human sign-off")
@SecurityRequirement(name = "bearer")
class SignOffApi {

    private final SignOffs signOffs;

    SignOffApi(SignOffs signOffs) {
        this.signOffs = signOffs;
    }

    record Status(long index, String signOff, String signedBy, java.time.Instant signedAt, Long signOffEntry,
                  java.time.Instant finalizedAt, boolean refusedAi) {
        static Status of(RightsDecisions.State s) {
            return new Status(s.index(), s.signOff().name(), s.signedByName(), s.signedAt(), s.signOffIndex(), s.finalizedAt(), s.refusedAi());
        }
    }

    record Pending(Status status, JsonNode record) {
    }

    record SignOff(@NotNull SignOffs.Action action, @Size(max = 2000) String note, @Size(max = 200) String newOutcome) {
    }

    @Operation(summary = "Provisional decisions of the caller's organization waiting for a human sign-off (operators, reviewers)")
    @GetMapping("/signoffs")
    List<Pending> queue(CurrentUser me) {
        return signOffs.queue(me).stream().map(i -> new Pending(Status.of(i.state()), i.record())).toList();
    }

    @Operation(summary = "Sign a provisional decision off (APPROVE) or override it (OVERRIDE, with newOutcome and note); "
            + "logged as a SIGN_OFF ledger entry in the signer's name; 409 when already signed")
    @PostMapping("/signoffs/{index}")
    Status signOff(CurrentUser me, @PathVariable long index, @Valid @RequestBody SignOff s) {
        return Status.of(signOffs.signOff(me, index, s.action(), s.note(), s.newOutcome()));
    }

    @Operation(summary = "The rights state of a decision of the caller's organization: sign-off, finalization, refusal flag")
    @GetMapping("/decisions/{index}/status")
    Status status(CurrentUser me, @PathVariable long index) {
        return Status.of(signOffs.own(me, index));
    }

    @Operation(summary = "Let the decision take effect (operators); refused with 409 while a required sign-off is missing")
    @PostMapping("/decisions/{index}/finalization")
    Status finalizeDecision(CurrentUser me, @PathVariable long index) {
        return Status.of(signOffs.finalizeDecision(me, index));
    }
}
