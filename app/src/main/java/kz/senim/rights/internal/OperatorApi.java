package kz.senim.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.explain.Lang;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rights")
@Tag(name = "Rights desk set-up (operators)")
@SecurityRequirement(name = "bearer")
class OperatorApi {

    private final Refusals refusals;
    private final Desk desk;
    private final Models models;
    private final Settings settings;
    private final SystemRules rules;

    OperatorApi(Refusals refusals, Desk desk, Models models, Settings settings, SystemRules rules) {
        this.refusals = refusals;
        this.desk = desk;
        this.models = models;
        this.settings = settings;
        this.rules = rules;
    }

    record LookupKey(UUID organizationId, String algorithm, String key, String input) {
    }

    record Check(@NotBlank @Size(max = 100) String hash) {
    }

    record CheckResult(boolean refusedByOrganization, List<UUID> refusedSystems) {
    }

    record Written(@Size(max = 5000) String kk, @Size(max = 5000) String ru, @Size(max = 5000) String en) {
    }

    record Deadlines(@NotNull @Min(1) @Max(365) Integer responseDays, @NotNull @Min(1) @Max(3650) Integer appealWindowDays,
                     @Size(max = 1000) String refusalCompulsoryBasis) {
    }

    record SystemSetup(Settings.Deadlines deadlines, boolean requiresSignOff, boolean refusalApplies,
                       List<Models.Registered> models, Map<Lang, String> writtenExplanation) {
    }

    @Operation(summary = "The organization's refusal lookup key: send HMAC-SHA-256(key, IIN) to /refusals/check, never the IIN. "
            + "The key is derived for this organization only; its hashes mean nothing to another operator")
    @GetMapping("/refusals/lookup-key")
    LookupKey lookupKey(CurrentUser me) {
        UUID org = operatorOrg(me);
        return new LookupKey(org, "HMAC-SHA-256", Base64.getEncoder().encodeToString(refusals.lookupKey(org)),
                "the 12-digit IIN as UTF-8, no spaces");
    }

    @Operation(summary = "Before processing: has this person refused AI processing by the organization or some of its systems? "
            + "hash = base64 or hex of HMAC-SHA-256(lookup key, IIN)")
    @PostMapping("/refusals/check")
    CheckResult check(CurrentUser me, @Valid @RequestBody Check c) {
        UUID org = operatorOrg(me);
        Refusals.Scoped s = refusals.checkScoped(org, decode(c.hash()));
        return new CheckResult(s.byOrganization(), s.systems());
    }

    @Operation(summary = "Register a scoring model as data (senim-explain/1 JSON in the body) under the model version that "
            + "decisions name in modelVersion; every problem of a wrong file is listed")
    @PostMapping(value = "/systems/{id}/models", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Models.Registered registerModel(CurrentUser me, @PathVariable UUID id, @RequestParam String version, @RequestBody String model) {
        AiSystem s = desk.operated(me, id);
        var m = models.register(s.id(), version, model, me.id());
        return models.of(s.id()).stream().filter(r -> r.version().equals(version.strip())).findFirst()
                .orElse(new Models.Registered(version, m.id(), null));
    }

    @Operation(summary = "A system's rights set-up: deadlines, whether decisions need a sign-off, whether refusal applies, models, written explanation")
    @GetMapping("/systems/{id}")
    SystemSetup setup(CurrentUser me, @PathVariable UUID id) {
        AiSystem s = desk.operated(me, id);
        return new SystemSetup(settings.of(s.organizationId(), id), rules.requiresSignOff(s), rules.refusalApplies(s),
                models.of(id), models.written(id));
    }

    @Operation(summary = "Replace the written explanation for a system whose model is not registered as data (at least one of kk, ru, en)")
    @PutMapping("/systems/{id}/explanation")
    SystemSetup written(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Written w) {
        AiSystem s = desk.operated(me, id);
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.KK, w.kk());
        texts.put(Lang.RU, w.ru());
        texts.put(Lang.EN, w.en());
        models.write(s.id(), texts, me.id());
        return setup(me, id);
    }

    @Operation(summary = "Deadlines for one system, and the law that makes interacting with it compulsory (then refusal does not apply)")
    @PutMapping("/systems/{id}/settings")
    SystemSetup systemSettings(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Deadlines d) {
        AiSystem s = desk.operated(me, id);
        settings.save(s.organizationId(), s.id(), d.responseDays(), d.appealWindowDays(), d.refusalCompulsoryBasis(), me.id());
        return setup(me, id);
    }

    @Operation(summary = "Deadlines for all systems of the caller's organization without their own")
    @PutMapping("/settings")
    Settings.Deadlines organizationSettings(CurrentUser me, @Valid @RequestBody Deadlines d) {
        UUID org = operatorOrg(me);
        settings.save(org, null, d.responseDays(), d.appealWindowDays(), null, me.id());
        return settings.of(org, null);
    }

    private static UUID operatorOrg(CurrentUser me) {
        me.require(Role.OPERATOR);
        if (me.organizationId() == null) {
            throw ProblemException.forbidden();
        }
        return me.organizationId();
    }

    private static byte[] decode(String hash) {
        String h = hash.strip();
        try {
            byte[] b = h.matches("[0-9a-fA-F]{64}") ? java.util.HexFormat.of().parseHex(h) : Base64.getDecoder().decode(h);
            if (b.length != 32) {
                throw new IllegalArgumentException();
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("rights-hash-invalid");
        }
    }
}
