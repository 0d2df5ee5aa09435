package kz.senim.rights.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deadlines an operator configures: for one system, else for the organization, else the defaults
 * (answer within 15 days; appeals within 30 days of the decision are on time). The law's own figures are
 * not confirmed in the sources we hold, so operators set theirs.
 */
@Component
class Settings {

    static final int DEFAULT_RESPONSE_DAYS = 15;
    static final int DEFAULT_APPEAL_WINDOW_DAYS = 30;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Settings(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A compulsory basis was recorded or removed: whether refusal applies to the system's decisions changed. */
    record Changed(UUID systemId) {
    }

    record Deadlines(int responseDays, int appealWindowDays, String refusalCompulsoryBasis, boolean own) {
    }

    Deadlines of(UUID organizationId, UUID systemId) {
        return jdbc.sql("""
                select response_days, appeal_window_days, refusal_compulsory_basis, system_id is not null from rights_settings
                where organization_id = ? and (system_id is null or system_id = ?) order by system_id nulls last limit 1""")
                .params(organizationId, systemId)
                .query((rs, n) -> new Deadlines(rs.getInt(1), rs.getInt(2), rs.getString(3), true)).optional()
                .orElse(new Deadlines(DEFAULT_RESPONSE_DAYS, DEFAULT_APPEAL_WINDOW_DAYS, null, false));
    }

    Optional<String> compulsoryBasis(UUID systemId) {
        return jdbc.sql("select refusal_compulsory_basis from rights_settings where system_id = ? and refusal_compulsory_basis is not null")
                .param(systemId).query(String.class).optional();
    }

    void save(UUID organizationId, UUID systemId, int responseDays, int appealWindowDays, String compulsoryBasis, UUID by) {
        if (responseDays < 1 || responseDays > 365 || appealWindowDays < 1 || appealWindowDays > 3650
                || compulsoryBasis != null && compulsoryBasis.length() > 1000) {
            throw kz.senim.platform.ProblemException.badRequest("rights-settings-invalid");
        }
        String basis = systemId == null || compulsoryBasis == null || compulsoryBasis.isBlank() ? null : compulsoryBasis.strip();
        jdbc.sql("""
                insert into rights_settings (organization_id, system_id, response_days, appeal_window_days, refusal_compulsory_basis, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organization_id, coalesce(system_id, '00000000-0000-0000-0000-000000000000')) do update set
                  response_days = excluded.response_days, appeal_window_days = excluded.appeal_window_days,
                  refusal_compulsory_basis = excluded.refusal_compulsory_basis, updated_by = excluded.updated_by, updated_at = now()""")
                .params(organizationId, systemId, responseDays, appealWindowDays, basis, by).update();
        if (systemId != null) {
            events.publishEvent(new Changed(systemId));
        }
    }
}
