package kz.senim.ledger.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.senim.ledger.EntryKind;
import kz.senim.tlog.Proofs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Reads entries, opens their payloads, builds receipts and erases payload keys. */
@Component
class LedgerReader {

    static final String RECEIPT_FORMAT = "senim-ledger-receipt/1";

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final SubjectKeys subjects;
    private final TileStore tiles;
    private final LedgerKeys keys;
    private final LedgerProperties properties;

    LedgerReader(JdbcClient jdbc, Sealer sealer, SubjectKeys subjects, TileStore tiles, LedgerKeys keys,
                 LedgerProperties properties) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.subjects = subjects;
        this.tiles = tiles;
        this.keys = keys;
        this.properties = properties;
    }

    record Entry(long index, EntryKind kind, UUID organizationId, UUID systemId, byte[] leaf, java.time.Instant loggedAt) {
        byte[] commitment() {
            return Base64.getDecoder().decode(Canonical.JSON.readTree(leaf).path("commitment").asString());
        }
    }

    /** The salt and record of an entry, or empty when its key was erased. */
    record Payload(String salt, JsonNode record) {
    }

    Optional<Entry> entry(long index) {
        return jdbc.sql("select idx, kind, organization_id, system_id, leaf, created_at from ledger_entry where idx = ?")
                .param(index).query((rs, n) -> new Entry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getBytes(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    List<Entry> bySystem(UUID systemId, long before, int limit) {
        return jdbc.sql("""
                select idx, kind, organization_id, system_id, leaf, created_at from ledger_entry
                where system_id = ? and idx < ? order by idx desc limit ?""")
                .params(systemId, before, limit)
                .query((rs, n) -> new Entry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getBytes(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<Entry> byOrganization(UUID organization, int limit) {
        return jdbc.sql("""
                select idx, kind, organization_id, system_id, leaf, created_at from ledger_entry
                where (?::uuid is null or organization_id = ?) order by idx desc limit ?""")
                .params(organization, organization, limit)
                .query((rs, n) -> new Entry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getBytes(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<Entry> bySubject(String iin, UUID organization) {
        return jdbc.sql("""
                select idx, kind, organization_id, system_id, leaf, created_at from ledger_entry
                where subject_key = ? and (?::uuid is null or organization_id = ?) order by idx desc limit 1000""")
                .params(subjects.of(iin), organization, organization)
                .query((rs, n) -> new Entry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getBytes(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The decision with this notice reference about this person; empty when either does not match. */
    Optional<Entry> byReference(String reference, String iin) {
        return jdbc.sql("""
                select idx, kind, organization_id, system_id, leaf, created_at from ledger_entry
                where reference_key = ? and subject_key = ? and kind = 'DECISION' order by idx desc limit 1""")
                .params(subjects.ofReference(reference), subjects.of(iin))
                .query((rs, n) -> new Entry(rs.getLong(1), EntryKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getBytes(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    Optional<Payload> payload(Entry entry) {
        var row = jdbc.sql("""
                select p.nonce, p.ciphertext, k.wrapped_key from ledger_payload p
                join ledger_entry_key k on k.idx = p.idx where p.idx = ?""")
                .param(entry.index())
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)})
                .optional();
        return row.map(r -> {
            JsonNode payload = Canonical.JSON.readTree(sealer.open(r[0], r[1], r[2], entry.commitment()));
            return new Payload(payload.path("salt").asString(), payload.path("record"));
        });
    }

    boolean erased(long index) {
        return jdbc.sql("select count(*) from ledger_erasure where idx = ?").param(index).query(Long.class).single() > 0;
    }

    /** Erases the entry's payload key: its personal data can no longer be read, and the log still verifies. */
    @Transactional
    void erase(long index, UUID by, String reason) {
        jdbc.sql("delete from ledger_entry_key where idx = ?").param(index).update();
        jdbc.sql("insert into ledger_erasure (idx, erased_by, reason) values (?, ?, ?) on conflict (idx) do nothing")
                .params(index, by, reason).update();
    }

    record Signed(long size, byte[] root, String note) {
    }

    Optional<Signed> latestCheckpoint() {
        return jdbc.sql("select size, root, note from ledger_checkpoint order by size desc limit 1")
                .query((rs, n) -> new Signed(rs.getLong(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    /** A self-contained receipt; {@code withPayload} only for callers allowed to see the personal data. */
    Optional<Map<String, Object>> receipt(Entry entry, boolean withPayload) {
        Optional<Signed> checkpoint = latestCheckpoint().filter(c -> c.size() > entry.index());
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        Signed cp = checkpoint.get();
        List<String> proof = Proofs.inclusion(entry.index(), cp.size(), tiles.reader(cp.size())).stream()
                .map(h -> Base64.getEncoder().encodeToString(h)).toList();
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("format", RECEIPT_FORMAT);
        receipt.put("origin", properties.origin());
        receipt.put("index", entry.index());
        receipt.put("leaf", Base64.getEncoder().encodeToString(entry.leaf()));
        receipt.put("treeSize", cp.size());
        receipt.put("inclusionProof", proof);
        receipt.put("checkpoint", cp.note());
        receipt.put("verifierKey", keys.verifierKey());
        receipt.put("erased", erased(entry.index()));
        if (withPayload) {
            payload(entry).ifPresent(p -> {
                receipt.put("salt", p.salt());
                receipt.put("record", p.record());
            });
        }
        return Optional.of(receipt);
    }
}
