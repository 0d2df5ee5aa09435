package kz.senim.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.registry.AiSystem;
import kz.senim.registry.OversightKind;
import kz.senim.registry.Sector;
import kz.senim.registry.SystemStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register of AI systems")
@SecurityRequirement(name = "bearer")
class RegistryApi {

    private final RegistryService registry;
    private final Systems systems;
    private final DataSources sources;
    private final Evidence evidence;

    RegistryApi(RegistryService registry, Systems systems, DataSources sources, Evidence evidence) {
        this.registry = registry;
        this.systems = systems;
        this.sources = sources;
        this.evidence = evidence;
    }

    record SystemRequest(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 2000) String purpose,
                         @NotBlank @Size(max = 1000) String legalBasis,
                         @NotNull Sector sector,
                         @NotNull OversightKind oversightKind,
                         @Size(max = 2000) String oversight,
                         @Size(max = 20) List<@NotBlank @Size(max = 100) String> channels,
                         @Size(max = 50) List<@Valid ModelRequest> models,
                         @Size(max = 50) List<@Valid DatasetRequest> datasets,
                         Integer version) {

        Systems.Draft draft() {
            return new Systems.Draft(name.strip(), purpose.strip(), legalBasis.strip(), sector, oversightKind, oversight,
                    channels == null ? List.of() : channels.stream().map(String::strip).toList(),
                    models == null ? List.of() : models.stream().map(m -> new AiSystem.Model(m.name(), m.version(), m.provider(), m.hostedInKazakhstan())).toList(),
                    datasets == null ? List.of() : datasets.stream().map(d -> new AiSystem.Dataset(d.name(), d.version(), d.description())).toList());
        }
    }

    record ModelRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String version,
                        @Size(max = 200) String provider, Boolean hostedInKazakhstan) {
    }

    record DatasetRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String version,
                          @Size(max = 2000) String description) {
    }

    record Transition(@NotNull SystemStatus to, Integer version, @Size(max = 1000) String note) {
    }

    record SourceRequest(@NotBlank @Size(max = 200) String name, @NotEmpty List<String> categories,
                         @NotBlank @Size(max = 2000) String purpose, @NotBlank @Size(max = 1000) String legalBasis) {
    }

    record LinkRequest(@NotNull UUID dataSourceId, @Size(max = 1000) String reuseLegalBasis) {
    }

    record LinkEvidence(@NotBlank @Size(max = 2000) String link) {
    }

    @Operation(summary = "Register a new AI system as a draft for the caller's organization (operator)")
    @PostMapping("/systems")
    @ResponseStatus(HttpStatus.CREATED)
    AiSystem create(CurrentUser me, @Valid @RequestBody SystemRequest request) {
        return registry.create(me, request.draft());
    }

    @Operation(summary = "Systems the caller may see: their organization's, or all for the regulator, auditors and admins")
    @GetMapping("/systems")
    List<AiSystem> list(CurrentUser me) {
        if (me.hasAny(Role.ADMIN, Role.REGULATOR, Role.AUDITOR)) {
            return systems.all();
        }
        return me.organizationId() == null ? List.of() : systems.byOrganization(me.organizationId());
    }

    @Operation(summary = "One system")
    @GetMapping("/systems/{id}")
    AiSystem get(CurrentUser me, @PathVariable UUID id) {
        return registry.visible(me, id);
    }

    @Operation(summary = "Edit a draft; send the version you read (409 when someone changed it since)")
    @PutMapping("/systems/{id}")
    AiSystem update(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody SystemRequest request) {
        return registry.update(me, id, request.version() == null ? -1 : request.version(), request.draft());
    }

    @Operation(summary = "Move a system through draft → submitted → registered → suspended → retired")
    @PostMapping("/systems/{id}/transitions")
    AiSystem transition(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Transition request) {
        return registry.transition(me, id, request.to(), request.version(), request.note());
    }

    @Operation(summary = "Who changed the system's status, when and why")
    @GetMapping("/systems/{id}/history")
    List<RegistryService.History> history(CurrentUser me, @PathVariable UUID id) {
        registry.visible(me, id);
        return registry.history(id);
    }

    @Operation(summary = "Add a data source of the caller's organization, with the purpose and legal basis it was collected for")
    @PostMapping("/data-sources")
    @ResponseStatus(HttpStatus.CREATED)
    DataSources.Source createSource(CurrentUser me, @Valid @RequestBody SourceRequest request) {
        return sources.create(me, request.name(), request.categories(), request.purpose(), request.legalBasis());
    }

    @Operation(summary = "The caller's organization's data sources")
    @GetMapping("/data-sources")
    List<DataSources.Source> sources(CurrentUser me) {
        return me.organizationId() == null ? List.of() : sources.byOrganization(me.organizationId());
    }

    @Operation(summary = "Link a data source to a system; a source collected for another purpose is flagged cross-context until a legal basis for the reuse is given")
    @PostMapping("/systems/{id}/data-sources")
    DataSources.Link link(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody LinkRequest request) {
        return sources.link(registry.editable(me, id), request.dataSourceId(), request.reuseLegalBasis());
    }

    @Operation(summary = "The system's data sources and their cross-context flags")
    @GetMapping("/systems/{id}/data-sources")
    List<DataSources.Link> links(CurrentUser me, @PathVariable UUID id) {
        return sources.links(registry.visible(me, id).id());
    }

    @Operation(summary = "Upload an evidence file (PDF, PNG, JPEG, plain text or DOCX, up to 10 MiB); its SHA-256 is kept")
    @PostMapping(value = "/systems/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Evidence.Item upload(CurrentUser me, @PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        AiSystem s = registry.editable(me, id);
        return evidence.upload(s.id(), file.getOriginalFilename(), file.getContentType(), file.getBytes(), me.id());
    }

    @Operation(summary = "Add an evidence link (https)")
    @PostMapping(value = "/systems/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Evidence.Item linkEvidence(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody LinkEvidence request) {
        return evidence.link(registry.editable(me, id).id(), request.link(), me.id());
    }

    @Operation(summary = "The system's evidence")
    @GetMapping("/systems/{id}/evidence")
    List<Evidence.Item> evidence(CurrentUser me, @PathVariable UUID id) {
        return evidence.list(registry.visible(me, id).id());
    }

    @Operation(summary = "Download an evidence file")
    @GetMapping("/systems/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        Evidence.File f = evidence.file(registry.visible(me, id).id(), evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + f.filename() + "\"")
                .header("X-Content-Type-Options", "nosniff").body(f.content());
    }

}
