package kz.senim.rights.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and escalation. E-mail is not available, so a case due soon gets an in-app notice for its
 * organization's staff (shown on their rights desk) and a REMINDER event; an overdue case gets an ESCALATED
 * event and appears in the regulator's view. Each happens once per case; safe to run on several instances.
 */
@Component
class Reminders {

    private final JdbcClient jdbc;
    private final Duration dueSoon;

    Reminders(JdbcClient jdbc, @Value("${senim.rights.due-soon:2d}") Duration dueSoon) {
        this.jdbc = jdbc;
        this.dueSoon = dueSoon;
    }

    @Scheduled(fixedDelayString = "${senim.rights.reminders-every:60s}", initialDelayString = "${senim.rights.reminders-every:60s}")
    void scheduled() {
        run();
    }

    /** Returns how many cases were reminded and escalated now. */
    @Transactional
    int[] run() {
        List<UUID> reminded = jdbc.sql("""
                update rights_case set reminded_at = now() where status in ('OPEN', 'IN_REVIEW') and reminded_at is null
                  and due_at < now() + make_interval(secs => ?) returning id""")
                .param(dueSoon.toSeconds()).query(UUID.class).list();
        reminded.forEach(id -> record(id, "REMINDER", "DUE_SOON"));
        List<UUID> escalated = jdbc.sql("""
                update rights_case set escalated_at = now() where status in ('OPEN', 'IN_REVIEW') and escalated_at is null
                  and due_at < now() returning id""")
                .query(UUID.class).list();
        escalated.forEach(id -> record(id, "ESCALATED", "OVERDUE"));
        return new int[] {reminded.size(), escalated.size()};
    }

    private void record(UUID caseId, String event, String notice) {
        jdbc.sql("insert into rights_case_event (case_id, status) values (?, ?)").params(caseId, event).update();
        jdbc.sql("""
                insert into rights_notice (organization_id, case_id, kind) select organization_id, id, ? from rights_case where id = ?
                on conflict (case_id, kind) do nothing""").params(notice, caseId).update();
    }

    record Notice(UUID caseId, String reference, String kind, java.time.Instant at, java.time.Instant dueAt) {
    }

    List<Notice> notices(UUID organizationId) {
        return jdbc.sql("""
                select n.case_id, c.reference, n.kind, n.created_at, c.due_at from rights_notice n join rights_case c on c.id = n.case_id
                where n.organization_id = ? and c.status in ('OPEN', 'IN_REVIEW') order by n.created_at desc limit 100""")
                .param(organizationId)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())).list();
    }
}
