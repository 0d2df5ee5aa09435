package kz.senim.gateway.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read side of the gateway audit: recent calls and figures over time, per organization or across all. */
@Component
class AuditQueries {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param routedModel the domestic alias the call was sent to when the policy rerouted it, else null */
    record CallView(UUID id, Instant at, UUID accountId, String endpoint, String model, String routedModel, String upstreamKind, boolean streamed,
                    String decision, Map<String, Integer> findings, Map<String, Integer> answerFindings,
                    List<String> valueHashes, int status, String errorCode, int latencyMs, Integer upstreamMs) {
    }

    record Day(LocalDate day, long calls, Map<String, Long> decisions) {
    }

    record Figures(long calls, Map<String, Long> decisions, Map<String, Long> findings, Map<String, Long> answerFindings,
                   List<Day> days) {
    }

    record OrganizationFigures(UUID organizationId, String name, long calls, Map<String, Long> decisions,
                               Map<String, Long> findings) {
    }

    List<CallView> calls(UUID org, int limit) {
        return jdbc.sql("""
                select * from gateway_call where organization_id = ? order by at desc limit ?""")
                .params(org, limit)
                .query((rs, n) -> new CallView(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getObject("account_id", UUID.class), rs.getString("endpoint"), rs.getString("model"),
                        rs.getString("routed_model"),
                        rs.getString("upstream_kind"), rs.getBoolean("streamed"), rs.getString("decision"),
                        counts(rs.getString("findings")), counts(rs.getString("answer_findings")),
                        List.of((String[]) rs.getArray("value_hashes").getArray()), rs.getInt("status"),
                        rs.getString("error_code"), rs.getInt("latency_ms"), (Integer) rs.getObject("upstream_ms")))
                .list();
    }

    /** Figures of one organization, or of all when {@code org} is null, over the last {@code days} days. */
    Figures figures(UUID org, int days) {
        String scope = org == null ? "true" : "organization_id = :org";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("days", days);
        if (org != null) {
            p.put("org", org);
        }
        String window = " and at > now() - make_interval(days => :days)";
        Map<String, Long> decisions = grouped("select decision as k, count(*) as n from gateway_call where " + scope + window
                + " group by decision", p);
        Map<String, Long> findings = grouped("select f.key as k, sum(f.value::int) as n from gateway_call, jsonb_each_text(findings) f where "
                + scope + window + " group by f.key", p);
        Map<String, Long> answers = grouped("select f.key as k, sum(f.value::int) as n from gateway_call, jsonb_each_text(answer_findings) f where "
                + scope + window + " group by f.key", p);
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        jdbc.sql("select (at at time zone 'UTC')::date as d, decision, count(*) as n from gateway_call where " + scope + window
                        + " group by 1, 2")
                .params(p)
                .query(rs -> {
                    byDay.computeIfAbsent(rs.getObject("d", LocalDate.class), k -> new TreeMap<>()).put(rs.getString("decision"), rs.getLong("n"));
                });
        List<Day> dayList = new ArrayList<>();
        byDay.forEach((d, m) -> dayList.add(new Day(d, m.values().stream().mapToLong(Long::longValue).sum(), m)));
        long calls = decisions.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(calls, decisions, findings, answers, dayList);
    }

    /** Per-organization figures for the regulator: counts only, no users, no hashes. */
    List<OrganizationFigures> byOrganization(int days) {
        Map<UUID, OrganizationFigures> out = new LinkedHashMap<>();
        jdbc.sql("""
                select o.id, o.name, count(c.id) as n from organization o join gateway_call c on c.organization_id = o.id
                where c.at > now() - make_interval(days => ?) group by o.id, o.name order by count(c.id) desc, o.name""")
                .param(days)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    out.put(id, new OrganizationFigures(id, rs.getString("name"), rs.getLong("n"), new TreeMap<>(), new TreeMap<>()));
                });
        jdbc.sql("select organization_id, decision, count(*) as n from gateway_call where at > now() - make_interval(days => ?) "
                        + "and organization_id is not null group by 1, 2")
                .param(days)
                .query(rs -> {
                    var f = out.get(rs.getObject(1, UUID.class));
                    if (f != null) {
                        f.decisions().put(rs.getString(2), rs.getLong(3));
                    }
                });
        jdbc.sql("select organization_id, f.key, sum(f.value::int) from gateway_call, jsonb_each_text(findings) f "
                        + "where at > now() - make_interval(days => ?) and organization_id is not null group by 1, 2")
                .param(days)
                .query(rs -> {
                    var f = out.get(rs.getObject(1, UUID.class));
                    if (f != null) {
                        f.findings().put(rs.getString(2), rs.getLong(3));
                    }
                });
        return List.copyOf(out.values());
    }

    private Map<String, Long> grouped(String sql, Map<String, Object> params) {
        Map<String, Long> m = new TreeMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            m.put(rs.getString("k"), rs.getLong("n"));
        });
        return m;
    }

    private Map<String, Integer> counts(String jsonText) {
        return jsonText == null ? Map.of() : new TreeMap<>(json.readValue(jsonText, COUNTS));
    }
}
