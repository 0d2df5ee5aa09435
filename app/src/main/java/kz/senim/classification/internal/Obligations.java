package kz.senim.classification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.platform.ProblemException;
import kz.senim.rules.Classification;
import kz.senim.rules.RuleRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The obligations of each system's latest classification, each with a status, evidence and a due date. */
@Component
class Obligations {

    enum Status { OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Obligations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Item(String id, RuleRef rule, Status status, String evidence, String note, LocalDate dueDate, boolean overdue) {
    }

    private record Row(Status status, String evidence, String note, LocalDate dueDate) {
    }

    List<Item> of(UUID systemId) {
        var latest = jdbc.sql("select result from classification where system_id = ? order by created_at desc limit 1")
                .param(systemId).query(String.class).optional();
        if (latest.isEmpty()) {
            return List.of();
        }
        Classification c = kz.senim.rules.RulePacks.json().readValue(latest.get(), Classification.class);
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql("select obligation_id, status, evidence, note, due_date from obligation_status where system_id = ?")
                .param(systemId)
                .query(rs -> {
                    rows.put(rs.getString(1), new Row(Status.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()));
                });
        List<Item> out = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (RuleRef rule : c.obligations()) {
            Row row = rows.getOrDefault(rule.id(), new Row(Status.OPEN, null, null, null));
            boolean overdue = row.dueDate() != null && row.dueDate().isBefore(today)
                    && row.status() != Status.DONE && row.status() != Status.NOT_APPLICABLE;
            out.add(new Item(rule.id(), rule, row.status(), row.evidence(), row.note(), row.dueDate(), overdue));
        }
        return out;
    }

    void update(UUID systemId, String obligationId, Status status, String evidence, String note, LocalDate due, UUID by) {
        if (of(systemId).stream().noneMatch(i -> i.id().equals(obligationId))) {
            throw ProblemException.notFound("obligation-unknown");
        }
        if (status == Status.DONE && (evidence == null || evidence.isBlank())) {
            throw ProblemException.badRequest("obligation-evidence");
        }
        jdbc.sql("""
                insert into obligation_status (system_id, obligation_id, status, evidence, note, due_date, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (system_id, obligation_id) do update set status = excluded.status, evidence = excluded.evidence,
                  note = excluded.note, due_date = excluded.due_date, updated_by = excluded.updated_by, updated_at = now()""")
                .params(systemId, obligationId, status.name(), blank(evidence), blank(note), due == null ? null : Date.valueOf(due), by)
                .update();
    }

    /** Systems with at least one overdue obligation. */
    List<UUID> overdueSystems() {
        return jdbc.sql("""
                select distinct system_id from obligation_status
                where due_date < current_date and status not in ('DONE', 'NOT_APPLICABLE')""").query(UUID.class).list();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
