package kz.senim.ledger.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.senim.ledger.DecisionLogged;
import kz.senim.ledger.EntryKind;
import kz.senim.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

@Component
class LedgerFacade implements Ledger {

    private final LedgerReader reader;
    private final LedgerService service;
    private final SubjectKeys subjects;
    private final JdbcClient jdbc;

    LedgerFacade(LedgerReader reader, LedgerService service, SubjectKeys subjects, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.service = service;
        this.subjects = subjects;
    }

    @Override
    public Optional<Entry> entry(long index) {
        return reader.entry(index).map(this::view);
    }

    @Override
    public List<Entry> aboutSubject(String iin) {
        long integrated = integrated();
        return reader.bySubject(iin, null).stream().map(e -> view(e, integrated)).toList();
    }

    @Override
    public Optional<Entry> byReference(String reference, String iin) {
        return reader.byReference(reference, iin).map(this::view);
    }

    @Override
    public byte[] subjectKey(String iin) {
        return subjects.of(iin);
    }

    @Override
    public byte[] derivedKey(String purpose) {
        return subjects.of("derived:" + purpose);
    }

    @Override
    public long append(EntryKind kind, UUID organizationId, UUID systemId, String idempotencyKey, JsonNode record,
                       byte[] subjectKey) {
        return service.appendForSubjectKey(kind, organizationId, systemId, idempotencyKey, record, subjectKey).index();
    }

    @Override
    public List<DecisionLogged> decisionsAfter(long index, Instant before, int limit) {
        return jdbc.sql("""
                select idx, organization_id, system_id, subject_key from ledger_entry
                where kind = 'DECISION' and idx > ? and created_at < ? order by idx limit ?""")
                .params(index, java.sql.Timestamp.from(before), limit)
                .query((rs, n) -> new DecisionLogged(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        null, rs.getBytes(4), true))
                .list();
    }

    @Override
    public Optional<Map<String, Object>> receipt(long index) {
        return reader.entry(index).flatMap(e -> reader.receipt(e, true));
    }

    private long integrated() {
        return reader.latestCheckpoint().map(LedgerReader.Signed::size).orElse(0L);
    }

    private Entry view(LedgerReader.Entry e) {
        return view(e, integrated());
    }

    private Entry view(LedgerReader.Entry e, long integrated) {
        JsonNode record = reader.payload(e).map(LedgerReader.Payload::record).orElse(null);
        return new Entry(e.index(), e.kind(), e.organizationId(), e.systemId(), e.loggedAt(), record,
                e.index() < integrated, record == null && reader.erased(e.index()));
    }
}
