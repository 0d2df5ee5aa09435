package kz.senim.gateway.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.guard.FindingType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organization's policies, labelling settings, confidential terms and custom patterns. */
@Component
class GuardSettingsStore {

    private final JdbcClient jdbc;

    GuardSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param domesticModel the domestic alias ROUTE_DOMESTIC sends to, or null for the first domestic alias by name */
    record Settings(boolean disclosure, boolean redactAnswers, String domesticModel) {
    }

    record Pattern(UUID id, String name, String regex) {
    }

    /** Every type with its action: the stored one, or the default. */
    Map<FindingType, Action> policies(UUID organization) {
        Map<FindingType, Action> all = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            all.put(t, Policies.byDefault(t));
        }
        jdbc.sql("select finding_type, action from gateway_policy where organization_id = ?").param(organization)
                .query(rs -> {
                    try {
                        all.put(FindingType.valueOf(rs.getString(1)), Action.valueOf(rs.getString(2)));
                    } catch (IllegalArgumentException retiredType) {
                        // a type the guard no longer reports: nothing to apply
                    }
                });
        return all;
    }

    /** Saves all at once; {@code domesticRoutes}, when not null, replaces the stored ones. */
    @Transactional
    void savePolicies(UUID organization, Map<FindingType, Action> policies, Settings settings, Map<String, String> domesticRoutes) {
        for (var e : policies.entrySet()) {
            jdbc.sql("""
                    insert into gateway_policy (organization_id, finding_type, action) values (?, ?, ?)
                    on conflict (organization_id, finding_type) do update set action = excluded.action""")
                    .params(organization, e.getKey().name(), e.getValue().name()).update();
        }
        if (settings != null) {
            jdbc.sql("""
                    insert into gateway_settings (organization_id, disclosure, redact_answers, domestic_model) values (?, ?, ?, ?)
                    on conflict (organization_id) do update set disclosure = excluded.disclosure,
                      redact_answers = excluded.redact_answers, domestic_model = excluded.domestic_model, updated_at = now()""")
                    .params(organization, settings.disclosure(), settings.redactAnswers(), settings.domesticModel()).update();
        }
        if (domesticRoutes != null) {
            jdbc.sql("delete from gateway_domestic_route where organization_id = ?").param(organization).update();
            domesticRoutes.forEach((alias, domestic) -> jdbc.sql(
                    "insert into gateway_domestic_route (organization_id, alias, domestic_alias) values (?, ?, ?)")
                    .params(organization, alias, domestic).update());
        }
    }

    Settings settings(UUID organization) {
        return jdbc.sql("select disclosure, redact_answers, domestic_model from gateway_settings where organization_id = ?")
                .param(organization)
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3))).optional()
                .orElse(new Settings(false, true, null));
    }

    /** Per model alias, the domestic alias its domestic-only requests go to. */
    Map<String, String> domesticRoutes(UUID organization) {
        Map<String, String> routes = new java.util.TreeMap<>();
        jdbc.sql("select alias, domestic_alias from gateway_domestic_route where organization_id = ?").param(organization)
                .query(rs -> {
                    routes.put(rs.getString(1), rs.getString(2));
                });
        return routes;
    }

    /**
     * Forgets domestic choices that no longer apply (the chosen domestic model, or a model's route, whose alias is
     * gone or no longer domestic), so the settings say what applies.
     */
    @Transactional
    void forgetGoneDomesticChoices(UUID organization) {
        jdbc.sql("""
                delete from gateway_domestic_route r where organization_id = ? and (
                  not exists (select 1 from gateway_model m join gateway_upstream u on u.id = m.upstream_id
                              where m.organization_id = r.organization_id and m.alias = r.alias and u.kind <> 'DOMESTIC')
                  or not exists (select 1 from gateway_model m join gateway_upstream u on u.id = m.upstream_id
                              where m.organization_id = r.organization_id and m.alias = r.domestic_alias and u.kind = 'DOMESTIC'))""")
                .param(organization).update();
        jdbc.sql("""
                update gateway_settings s set domestic_model = null, updated_at = now()
                where organization_id = ? and domestic_model is not null and not exists (
                  select 1 from gateway_model m join gateway_upstream u on u.id = m.upstream_id
                  where m.organization_id = s.organization_id and m.alias = s.domestic_model and u.kind = 'DOMESTIC')""")
                .param(organization).update();
    }

    List<String> terms(UUID organization) {
        return jdbc.sql("select term from gateway_term where organization_id = ? order by term").param(organization)
                .query(String.class).list();
    }

    @Transactional
    void replaceTerms(UUID organization, List<String> terms) {
        jdbc.sql("delete from gateway_term where organization_id = ?").param(organization).update();
        for (String t : terms) {
            jdbc.sql("insert into gateway_term (organization_id, term) values (?, ?) on conflict do nothing")
                    .params(organization, t).update();
        }
    }

    List<Pattern> patterns(UUID organization) {
        return jdbc.sql("select id, name, regex from gateway_pattern where organization_id = ? order by name").param(organization)
                .query((rs, n) -> new Pattern(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    boolean patternNameTaken(UUID organization, String name) {
        return jdbc.sql("select count(*) from gateway_pattern where organization_id = ? and name = ?")
                .params(organization, name).query(Long.class).single() > 0;
    }

    UUID addPattern(UUID organization, String name, String regex) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into gateway_pattern (id, organization_id, name, regex) values (?, ?, ?, ?)")
                .params(id, organization, name, regex).update();
        return id;
    }

    boolean deletePattern(UUID organization, UUID id) {
        return jdbc.sql("delete from gateway_pattern where id = ? and organization_id = ?").params(id, organization).update() > 0;
    }
}
