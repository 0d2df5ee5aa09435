package kz.senim.ledger.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.EntryKind;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Decision ledger")
@SecurityRequirement(name = "bearer")
class LedgerApi {

    private final LedgerService ledger;
    private final LedgerReader reader;
    private final JdbcClient jdbc;
    private final CourtBundle bundles;

    LedgerApi(LedgerService ledger, LedgerReader reader, JdbcClient jdbc, CourtBundle bundles) {
        this.ledger = ledger;
        this.reader = reader;
        this.jdbc = jdbc;
        this.bundles = bundles;
    }

    record Appended(long index, boolean replay) {
    }

    record EntryView(long index, EntryKind kind, UUID organizationId, UUID systemId, Instant loggedAt, boolean erased,
                     JsonNode record) {
    }

    record SubjectSearch(@NotBlank @Pattern(regexp = "\\d{12}", message = "{ledger.validation.iin}") String iin) {
    }

    record Erasure(@NotBlank @Size(max = 500) String reason) {
    }

    record Stats(long size, long sequenced, Instant checkpointAt, Long checkpointAgeSeconds, long appendedLastMinute,
                 long appendedLastHour) {
    }

    @Operation(summary = "Log an AI-assisted decision about a person (operator of the system's organization). "
            + "A retry with the same Idempotency-Key returns the same index; the key with another body is refused (409).")
    @PostMapping("/decisions")
    ResponseEntity<Appended> decision(CurrentUser me, @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody Records.Decision decision) {
        return answer(ledger.decision(me, decision, key));
    }

    record DecisionBatch(@jakarta.validation.constraints.NotEmpty @Size(max = 1000) @Valid List<Records.Decision> decisions) {
    }

    @Operation(summary = "Log up to 1000 decisions in one call; results come in the same order (an index, or the code of why that item was refused)")
    @PostMapping("/decisions/batch")
    List<LedgerService.ItemResult> decisions(CurrentUser me, @Valid @RequestBody DecisionBatch batch) {
        return ledger.decisions(me, batch.decisions());
    }

    @Operation(summary = "Log a lifecycle event of an AI system: model, dataset or parameters changed, deployment, suspension, incident, human intervention")
    @PostMapping("/lifecycle-events")
    ResponseEntity<Appended> lifecycle(CurrentUser me, @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       @Valid @RequestBody Records.Lifecycle event) {
        return answer(ledger.lifecycle(me, event, key));
    }

    private static ResponseEntity<Appended> answer(Sequenced s) {
        return ResponseEntity.status(s.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(new Appended(s.index(), s.replay()));
    }

    @Operation(summary = "One entry; the personal record only for the operating organization")
    @GetMapping("/entries/{index}")
    EntryView entry(CurrentUser me, @PathVariable long index) {
        var entry = visible(me, index);
        boolean own = ownOrAdmin(me, entry);
        JsonNode record = own ? reader.payload(entry).map(LedgerReader.Payload::record).orElse(null) : null;
        return new EntryView(entry.index(), entry.kind(), entry.organizationId(), entry.systemId(), entry.loggedAt(),
                reader.erased(index), record);
    }

    @Operation(summary = "A self-contained receipt: the entry, its inclusion proof and the signed checkpoint, verifiable offline")
    @GetMapping("/entries/{index}/receipt")
    Map<String, Object> receipt(CurrentUser me, @PathVariable long index) {
        var entry = visible(me, index);
        return reader.receipt(entry, ownOrAdmin(me, entry))
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "ledger-not-integrated"));
    }

    @Operation(summary = "A court bundle: the receipt, the verifier key and instructions in Kazakh, Russian and English (ZIP)")
    @GetMapping(value = "/entries/{index}/court-bundle", produces = "application/zip")
    ResponseEntity<byte[]> courtBundle(CurrentUser me, @PathVariable long index) {
        Map<String, Object> receipt = receipt(me, index);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"senim-ledger-entry-" + index + ".zip\"")
                .body(bundles.zip(receipt));
    }

    @Operation(summary = "Entries of one system, newest first (its organization, the regulator, admins)")
    @GetMapping("/entries")
    List<EntryView> bySystem(CurrentUser me, @RequestParam UUID systemId,
                             @RequestParam(defaultValue = "9223372036854775807") long before,
                             @RequestParam(defaultValue = "50") int limit) {
        List<LedgerReader.Entry> entries = reader.bySystem(systemId, before, Math.clamp(limit, 1, 500));
        return entries.stream().filter(e -> mayRead(me, e))
                .map(e -> new EntryView(e.index(), e.kind(), e.organizationId(), e.systemId(), e.loggedAt(), false, null))
                .toList();
    }

    @Operation(summary = "A person's entries in the caller's organization, found by the keyed hash of their IIN (sent in the body, never in the URL)")
    @PostMapping("/subject-search")
    List<EntryView> bySubject(CurrentUser me, @Valid @RequestBody SubjectSearch search) {
        me.require(Role.OPERATOR, Role.REVIEWER, Role.ADMIN);
        UUID scope = me.has(Role.ADMIN) ? null : me.organizationId();
        return reader.bySubject(search.iin(), scope).stream()
                .map(e -> new EntryView(e.index(), e.kind(), e.organizationId(), e.systemId(), e.loggedAt(), reader.erased(e.index()), null))
                .toList();
    }

    @Operation(summary = "Erase an entry's personal payload (lawful erasure): the key is destroyed, the log still verifies")
    @PostMapping("/entries/{index}/erasure")
    ResponseEntity<Void> erase(CurrentUser me, @PathVariable long index, @Valid @RequestBody Erasure erasure) {
        var entry = visible(me, index);
        if (!(me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(entry.organizationId()))) {
            throw ProblemException.forbidden();
        }
        reader.erase(index, me.id(), erasure.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Log size, checkpoint age and append rate (regulator, admins)")
    @GetMapping("/stats")
    Stats stats(CurrentUser me) {
        me.require(Role.REGULATOR, Role.ADMIN);
        var cp = jdbc.sql("select size, created_at from ledger_checkpoint order by size desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()}).optional();
        long sequenced = jdbc.sql("select next_index from ledger_state where id = 1").query(Long.class).single();
        long minute = jdbc.sql("select count(*) from ledger_entry where created_at > now() - interval '1 minute'").query(Long.class).single();
        long hour = jdbc.sql("select count(*) from ledger_entry where created_at > now() - interval '1 hour'").query(Long.class).single();
        Instant at = cp.map(r -> (Instant) r[1]).orElse(null);
        return new Stats(cp.map(r -> (long) r[0]).orElse(0L), sequenced, at,
                at == null ? null : java.time.Duration.between(at, Instant.now()).toSeconds(), minute, hour);
    }

    private LedgerReader.Entry visible(CurrentUser me, long index) {
        var entry = reader.entry(index).orElseThrow(() -> ProblemException.notFound("ledger-entry-unknown"));
        if (!mayRead(me, entry)) {
            // Same answer as for a missing entry: no hint whether it exists.
            throw ProblemException.notFound("ledger-entry-unknown");
        }
        return entry;
    }

    private static boolean mayRead(CurrentUser me, LedgerReader.Entry entry) {
        return me.hasAny(Role.ADMIN, Role.REGULATOR) || me.memberOf(entry.organizationId()) && me.hasAny(Role.OPERATOR, Role.REVIEWER);
    }

    private static boolean ownOrAdmin(CurrentUser me, LedgerReader.Entry entry) {
        return me.has(Role.ADMIN) || me.memberOf(entry.organizationId()) && me.hasAny(Role.OPERATOR, Role.REVIEWER);
    }
}
