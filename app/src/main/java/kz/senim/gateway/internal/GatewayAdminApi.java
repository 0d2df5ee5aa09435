package kz.senim.gateway.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.guard.FindingType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Configuration of an organization's gateway: upstreams and models, policies, labelling, terms, patterns. */
@RestController
@RequestMapping("/api/v1/gateway/organizations/{org}")
@Tag(name = "LLM gateway configuration")
@SecurityRequirement(name = "bearer")
class GatewayAdminApi {

    private final GatewaySettings settings;

    GatewayAdminApi(GatewaySettings settings) {
        this.settings = settings;
    }

    record ModelRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._:/-]{1,100}") String alias,
                        @NotBlank @Size(max = 200) String upstreamModel) {
    }

    /** {@code apiKey} is write-only: kept encrypted, never returned; omit it on update to keep the stored one. */
    record UpstreamRequest(@NotBlank @Size(max = 100) String name, @NotNull UpstreamKind kind,
                           @NotBlank @Size(max = 500) String baseUrl, @Size(max = 500) String apiKey,
                           @NotEmpty @Size(max = 50) List<@Valid ModelRequest> models) {
        UpstreamStore.UpstreamDraft draft() {
            return new UpstreamStore.UpstreamDraft(name, kind, baseUrl, apiKey,
                    models.stream().map(m -> new UpstreamStore.ModelAlias(m.alias(), m.upstreamModel())).toList());
        }
    }

    record Created(UUID id) {
    }

    record PolicyDocument(@NotNull Map<FindingType, Action> policies, Boolean disclosure, Boolean redactAnswers,
                          @Schema(description = "Alias of a domestic upstream's model where ROUTE_DOMESTIC sends requests. "
                                  + "Null or empty: the first domestic alias by name. On PUT, omit it to keep the stored one "
                                  + "and send an empty string to clear it; an alias that is not a domestic model is refused.")
                          @Size(max = 100) String domesticModel,
                          @Schema(description = "Per model alias of an external upstream, the domestic model alias its requests go to "
                                  + "when ROUTE_DOMESTIC applies (before domesticModel). On PUT, omit it to keep the stored map; "
                                  + "given, it replaces the whole map ({} clears it).")
                          @Size(max = 200) Map<@Size(max = 100) String, @NotBlank @Size(max = 100) String> domesticRoutes) {
    }

    record Terms(@NotNull @Size(max = 5000) List<@NotNull @Size(max = 200) String> terms) {
    }

    record PatternRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 1000) String regex) {
    }

    @Operation(summary = "Upstreams of the organization with their model aliases (API keys are never returned)")
    @GetMapping("/upstreams")
    List<UpstreamStore.UpstreamView> upstreams(CurrentUser me, @PathVariable UUID org) {
        return settings.upstreams(me, org);
    }

    @Operation(summary = "Add an upstream: an external or domestic OpenAI-compatible base URL, its API key and model aliases")
    @PostMapping("/upstreams")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser me, @PathVariable UUID org, @Valid @RequestBody UpstreamRequest request) {
        return new Created(settings.createUpstream(me, org, request.draft()));
    }

    @Operation(summary = "Change an upstream; without apiKey the stored key is kept")
    @PutMapping("/upstreams/{id}")
    ResponseEntity<Void> update(CurrentUser me, @PathVariable UUID org, @PathVariable UUID id,
                                @Valid @RequestBody UpstreamRequest request) {
        settings.updateUpstream(me, org, id, request.draft());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove an upstream and its model aliases")
    @DeleteMapping("/upstreams/{id}")
    ResponseEntity<Void> delete(CurrentUser me, @PathVariable UUID org, @PathVariable UUID id) {
        settings.deleteUpstream(me, org, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The action for each finding type (defaults included), the labelling settings and the chosen domestic model")
    @GetMapping("/policies")
    PolicyDocument policies(CurrentUser me, @PathVariable UUID org) {
        var labelling = settings.labelling(me, org);
        return new PolicyDocument(settings.policies(me, org), labelling.disclosure(), labelling.redactAnswers(),
                labelling.domesticModel(), settings.domesticRoutes(me, org));
    }

    @Operation(summary = "Set actions for some or all finding types, and optionally the labelling settings and the domestic model")
    @PutMapping("/policies")
    PolicyDocument savePolicies(CurrentUser me, @PathVariable UUID org, @Valid @RequestBody PolicyDocument doc) {
        var current = settings.labelling(me, org);
        String domestic = doc.domesticModel() == null ? current.domesticModel()
                : doc.domesticModel().isBlank() ? null : doc.domesticModel().strip();
        var labelling = new GuardSettingsStore.Settings(doc.disclosure() == null ? current.disclosure() : doc.disclosure(),
                doc.redactAnswers() == null ? current.redactAnswers() : doc.redactAnswers(), domestic);
        settings.savePolicies(me, org, doc.policies(), labelling, doc.domesticRoutes());
        return policies(me, org);
    }

    @Operation(summary = "The organization's confidential terms")
    @GetMapping("/terms")
    Terms terms(CurrentUser me, @PathVariable UUID org) {
        return new Terms(settings.terms(me, org));
    }

    @Operation(summary = "Replace the organization's confidential terms (matched case-insensitively as whole words)")
    @PutMapping("/terms")
    Terms replaceTerms(CurrentUser me, @PathVariable UUID org, @Valid @RequestBody Terms terms) {
        settings.replaceTerms(me, org, terms.terms());
        return terms(me, org);
    }

    @Operation(summary = "The organization's custom patterns")
    @GetMapping("/patterns")
    List<GuardSettingsStore.Pattern> patterns(CurrentUser me, @PathVariable UUID org) {
        return settings.patterns(me, org);
    }

    @Operation(summary = "Add a custom pattern (RE2 syntax); one the linear-time engine cannot run is refused with the reason")
    @PostMapping("/patterns")
    @ResponseStatus(HttpStatus.CREATED)
    Created addPattern(CurrentUser me, @PathVariable UUID org, @Valid @RequestBody PatternRequest request) {
        return new Created(settings.addPattern(me, org, request.name(), request.regex()));
    }

    @Operation(summary = "Remove a custom pattern")
    @DeleteMapping("/patterns/{id}")
    ResponseEntity<Void> deletePattern(CurrentUser me, @PathVariable UUID org, @PathVariable UUID id) {
        settings.deletePattern(me, org, id);
        return ResponseEntity.noContent().build();
    }
}
