package kz.senim.rights.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-system measures of the rights desk: appeal rate (appeals per logged decision), overturn rate (appeals
 * decided OVERTURNED or CHANGED among decided appeals), median time to resolve a request (any kind, closed
 * ones), overdue requests (open past their deadline), and decisions flagged because the person had refused.
 */
@Component
class Measures {

    record Figures(UUID systemId, UUID organizationId, long decisions, long appeals, long decidedAppeals, long overturned,
                   Double appealRate, Double overturnRate, Double medianHoursToResolve, long overdue, long refusedFlags) {
    }

    private static final String QUERY = """
            with systems as (
              select system_id, organization_id from rights_decision
              union select system_id, organization_id from rights_case where system_id is not null)
            select s.system_id, s.organization_id,
              (select count(*) from rights_decision d where d.system_id = s.system_id),
              (select count(*) from rights_case c where c.system_id = s.system_id and c.kind = 'APPEAL'),
              (select count(*) from rights_case c where c.system_id = s.system_id and c.kind = 'APPEAL' and c.status = 'DECIDED'),
              (select count(*) from rights_case c where c.system_id = s.system_id and c.kind = 'APPEAL' and c.outcome in ('OVERTURNED', 'CHANGED')),
              (select percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.created_at))
                 from rights_case c where c.system_id = s.system_id and c.closed_at is not null),
              (select count(*) from rights_case c where c.system_id = s.system_id and c.status in ('OPEN', 'IN_REVIEW') and c.due_at < now()),
              (select count(*) from rights_decision d where d.system_id = s.system_id and d.refused_ai)
            from systems s""";

    private final JdbcClient jdbc;

    Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Figures> all() {
        return jdbc.sql(QUERY + " order by s.organization_id, s.system_id").query((rs, n) -> map(rs)).list();
    }

    Optional<Figures> of(UUID systemId) {
        return jdbc.sql(QUERY + " where s.system_id = ?").param(systemId).query((rs, n) -> map(rs)).optional();
    }

    private static Figures map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long decisions = rs.getLong(3);
        long appeals = rs.getLong(4);
        long decided = rs.getLong(5);
        long overturned = rs.getLong(6);
        double median = rs.getDouble(7);
        Double medianHours = rs.wasNull() ? null : Math.round(median / 36.0) / 100.0;
        return new Figures(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), decisions, appeals, decided, overturned,
                decisions == 0 ? null : (double) appeals / decisions, decided == 0 ? null : (double) overturned / decided,
                medianHours, rs.getLong(8), rs.getLong(9));
    }
}
