package kz.senim.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests as stored: each with its status history, attachments and, for appeals, the review. */
@Repository
class Cases {

    enum Kind { EXPLANATION, DATA_ACCESS, REFUSAL, APPEAL }

    enum Status { OPEN, IN_REVIEW, ANSWERED, DECIDED, RECORDED, WITHDRAWN }

    enum Outcome { UPHELD, OVERTURNED, CHANGED }

    /** {@code subjectKey} (the keyed hash of the person's IIN) is never sent out: it would link a person's cases. */
    record Case(UUID id, String reference, Kind kind, Long decisionIndex, UUID organizationId, UUID systemId,
                @com.fasterxml.jackson.annotation.JsonIgnore byte[] subjectKey, UUID requester, String text, Status status, Instant dueAt, boolean late,
                Instant remindedAt, Instant escalatedAt, UUID reviewer, String assessment, Instant assessedAt,
                Outcome outcome, String newOutcome, String answer, UUID answeredBy, Long outcomeIndex,
                Instant createdAt, Instant closedAt) {
        boolean open() {
            return status == Status.OPEN || status == Status.IN_REVIEW;
        }

        boolean overdue() {
            return open() && dueAt.isBefore(Instant.now());
        }
    }

    record Event(String status, UUID actor, String note, Instant at) {
    }

    record Attachment(UUID id, String filename, String contentType, long size, String sha256) {
    }

    private static final String SELECT = """
            select id, reference, kind, decision_idx, organization_id, system_id, subject_key, requester, text, status, due_at,
                   late, reminded_at, escalated_at, reviewer, assessment, assessed_at, outcome, new_outcome, answer, answered_by,
                   outcome_idx, created_at, closed_at from rights_case""";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the case and its first event; empty when an open case of this kind exists for the decision and person. */
    boolean insert(Case c) {
        int rows = jdbc.sql("""
                insert into rights_case (id, reference, kind, decision_idx, organization_id, system_id, subject_key, requester, text,
                  status, due_at, late, reviewer, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (decision_idx, kind, subject_key) where decision_idx is not null and status in ('OPEN', 'IN_REVIEW')
                do nothing""")
                .params(c.id(), c.reference(), c.kind().name(), c.decisionIndex(), c.organizationId(), c.systemId(), c.subjectKey(),
                        c.requester(), c.text(), c.status().name(), Timestamp.from(c.dueAt()), c.late(), c.reviewer(),
                        c.closedAt() == null ? null : Timestamp.from(c.closedAt()))
                .update();
        return rows == 1;
    }

    Optional<Case> byReference(String reference) {
        return jdbc.sql(SELECT + " where reference = ?").param(reference.strip().toUpperCase(java.util.Locale.ROOT))
                .query((rs, n) -> map(rs)).optional();
    }

    Optional<Case> openFor(long decisionIndex, Kind kind, byte[] subjectKey) {
        return jdbc.sql(SELECT + " where decision_idx = ? and kind = ? and subject_key = ? and status in ('OPEN', 'IN_REVIEW')")
                .params(decisionIndex, kind.name(), subjectKey).query((rs, n) -> map(rs)).optional();
    }

    List<Case> bySubject(byte[] subjectKey) {
        return jdbc.sql(SELECT + " where subject_key = ? order by created_at desc limit 500").param(subjectKey)
                .query((rs, n) -> map(rs)).list();
    }

    List<Case> byOrganization(UUID organizationId, boolean openOnly) {
        return jdbc.sql(SELECT + " where organization_id = ? and (not ? or status in ('OPEN', 'IN_REVIEW')) order by due_at limit 500")
                .params(organizationId, openOnly).query((rs, n) -> map(rs)).list();
    }

    List<Case> byReviewer(UUID reviewer) {
        return jdbc.sql(SELECT + " where reviewer = ? and kind = 'APPEAL' order by (status in ('OPEN', 'IN_REVIEW')) desc, due_at limit 500")
                .param(reviewer).query((rs, n) -> map(rs)).list();
    }

    List<Case> escalated() {
        return jdbc.sql(SELECT + " where escalated_at is not null and status in ('OPEN', 'IN_REVIEW') order by due_at limit 500")
                .query((rs, n) -> map(rs)).list();
    }

    void event(UUID caseId, String status, UUID actor, String note) {
        jdbc.sql("insert into rights_case_event (case_id, status, actor, note) values (?, ?, ?, ?)")
                .params(caseId, status, actor, note).update();
    }

    List<Event> events(UUID caseId) {
        return jdbc.sql("select status, actor, note, at from rights_case_event where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new Event(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Moves a case only from the status the caller saw, so two people acting at once cannot both succeed. */
    boolean move(UUID id, Status from, Status to, String setSql, Object... params) {
        Object[] all = new Object[params.length + 3];
        all[0] = to.name();
        System.arraycopy(params, 0, all, 1, params.length);
        all[params.length + 1] = id;
        all[params.length + 2] = from.name();
        String closed = to == Status.OPEN || to == Status.IN_REVIEW ? "" : ", closed_at = now()";
        return jdbc.sql("update rights_case set status = ?" + closed + (setSql.isEmpty() ? "" : ", " + setSql)
                + " where id = ? and status = ?").params(all).update() == 1;
    }

    void attach(UUID caseId, String filename, String contentType, byte[] content, byte[] sha256) {
        jdbc.sql("insert into rights_attachment (id, case_id, filename, content_type, size, sha256, content) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), caseId, filename, contentType, content.length, sha256, content).update();
    }

    List<Attachment> attachments(UUID caseId) {
        return jdbc.sql("select id, filename, content_type, size, sha256 from rights_attachment where case_id = ? order by uploaded_at")
                .param(caseId).query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), java.util.HexFormat.of().formatHex(rs.getBytes(5)))).list();
    }

    Optional<byte[]> content(UUID caseId, UUID attachmentId) {
        return jdbc.sql("select content from rights_attachment where case_id = ? and id = ?").params(caseId, attachmentId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Case map(ResultSet rs) throws SQLException {
        String outcome = rs.getString(18);
        return new Case(rs.getObject(1, UUID.class), rs.getString(2), Kind.valueOf(rs.getString(3)), (Long) rs.getObject(4),
                rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getBytes(7), rs.getObject(8, UUID.class),
                rs.getString(9), Status.valueOf(rs.getString(10)), rs.getTimestamp(11).toInstant(), rs.getBoolean(12),
                RightsDecisions.instant(rs, 13), RightsDecisions.instant(rs, 14), rs.getObject(15, UUID.class), rs.getString(16),
                RightsDecisions.instant(rs, 17), outcome == null ? null : Outcome.valueOf(outcome), rs.getString(19),
                rs.getString(20), rs.getObject(21, UUID.class), (Long) rs.getObject(22), rs.getTimestamp(23).toInstant(),
                RightsDecisions.instant(rs, 24));
    }
}
