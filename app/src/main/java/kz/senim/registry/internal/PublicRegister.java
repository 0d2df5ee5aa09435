package kz.senim.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Sector;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public register's data: registered, suspended and retired systems only, never drafts. The export
 * schema is documented in docs/register-export.md; the CSV is RFC 4180 in UTF-8.
 */
@RestController
@Tag(name = "Public register")
class PublicRegister {

    static final List<String> COLUMNS = List.of("id", "name", "operator", "sector", "status", "risk_class", "autonomy_class",
            "purpose", "legal_basis", "human_oversight", "channels", "models", "datasets", "data_categories",
            "rule_pack_version", "classified_at", "updated_at");

    private final Systems systems;
    private final JdbcClient jdbc;

    PublicRegister(Systems systems, JdbcClient jdbc) {
        this.systems = systems;
        this.jdbc = jdbc;
    }

    record Filter(String q, String riskClass, Sector sector, UUID operator) {
    }

    /** A public entry: what a citizen needs first, and the detailed level beside it. */
    record Entry(UUID id, String name, UUID operatorId, String operator, Sector sector, String status, String riskClass,
                 String autonomyClass, String purpose, String legalBasis, String oversightKind, String oversight,
                 List<String> channels, List<AiSystem.Model> models, List<AiSystem.Dataset> datasets,
                 List<String> dataCategories, String rulePackVersion, java.time.Instant classifiedAt, java.time.Instant updatedAt) {
    }

    List<Entry> search(Filter f) {
        StringBuilder where = new StringBuilder("where s.status in ('REGISTERED', 'SUSPENDED', 'RETIRED')");
        List<Object> params = new ArrayList<>();
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (s.name ilike ? or s.purpose ilike ? or o.name ilike ?)");
            String like = "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (f.riskClass() != null && !f.riskClass().isBlank()) {
            where.append(" and s.risk_class = ?");
            params.add(f.riskClass().toUpperCase(Locale.ROOT));
        }
        if (f.sector() != null) {
            where.append(" and s.sector = ?");
            params.add(f.sector().name());
        }
        if (f.operator() != null) {
            where.append(" and s.organization_id = ?");
            params.add(f.operator());
        }
        return jdbc.sql(Systems.SELECT + where + " order by o.name, s.name").params(params)
                .query((rs, n) -> entry(systems.map(rs))).list();
    }

    Entry one(UUID id) {
        return systems.find(id).filter(s -> s.status().isPublic()).map(this::entry)
                .orElseThrow(() -> ProblemException.notFound("system-unknown"));
    }


    private Entry entry(AiSystem s) {
        List<String> categories = jdbc.sql("""
                select distinct unnest(d.categories) from system_data_source l join data_source d on d.id = l.data_source_id
                where l.system_id = ? order by 1""").param(s.id()).query(String.class).list();
        return new Entry(s.id(), s.name(), s.organizationId(), s.organizationName(), s.sector(), s.status().name(),
                s.riskClass(), s.autonomyClass(), s.purpose(), s.legalBasis(), s.oversightKind().name(), s.oversight(),
                s.channels(), s.models(), s.datasets(), categories, s.rulePackVersion(), s.classifiedAt(), s.updatedAt());
    }

    @Operation(summary = "The public register as JSON (no sign-in); filters: q (text), riskClass, sector, operator")
    @GetMapping(value = "/api/v1/public/register.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Entry> json(@RequestParam(required = false) String q, @RequestParam(required = false) String riskClass,
                     @RequestParam(required = false) Sector sector, @RequestParam(required = false) UUID operator) {
        return search(new Filter(q, riskClass, sector, operator));
    }

    @Operation(summary = "The public register as CSV (RFC 4180, UTF-8); same filters; columns in docs/register-export.md")
    @GetMapping(value = "/api/v1/public/register.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String riskClass,
                               @RequestParam(required = false) Sector sector, @RequestParam(required = false) UUID operator) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Entry e : search(new Filter(q, riskClass, sector, operator))) {
            List<String> row = List.of(e.id().toString(), e.name(), e.operator(), e.sector().name(), e.status(),
                    nz(e.riskClass()), nz(e.autonomyClass()), e.purpose(), e.legalBasis(),
                    e.oversightKind() + (e.oversight().isBlank() ? "" : ": " + e.oversight()), String.join("; ", e.channels()),
                    String.join("; ", e.models().stream().map(m -> m.name() + " " + m.version()).toList()),
                    String.join("; ", e.datasets().stream().map(d -> d.name() + (d.version() == null ? "" : " " + d.version())).toList()),
                    String.join("; ", e.dataCategories()), nz(e.rulePackVersion()),
                    e.classifiedAt() == null ? "" : e.classifiedAt().toString(), e.updatedAt().toString());
            out.append(String.join(",", row.stream().map(PublicRegister::quote).toList())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"senim-register.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so that spreadsheets do not run it as a formula. */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
