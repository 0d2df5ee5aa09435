package kz.senim.ledger.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gives entries their indices. Concurrent appends are gathered into one transaction (group commit) that
 * locks the single state row, checks idempotency keys, assigns consecutive indices and commits once, so
 * one fsync acknowledges a whole batch. An entry's index is returned only after that commit: a crash
 * before it loses the batch as a whole (clients retry with their keys), never half of it, and since
 * every instance locks the same row there are no gaps, duplicates or forks.
 */
@Component
class Sequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);

    private final DataSource dataSource;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread worker;

    Sequencer(DataSource dataSource, LedgerProperties properties) {
        this.dataSource = dataSource;
        this.maxBatch = properties.maxBatch();
    }

    private record Pending(NewEntry entry, CompletableFuture<Sequenced> result) {
    }

    CompletableFuture<Sequenced> submit(NewEntry entry) {
        CompletableFuture<Sequenced> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException("the ledger is not running"));
            return result;
        }
        queue.add(new Pending(entry, result));
        return result;
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                sequence(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                log.error("Ledger batch of {} entries failed; nothing of it was stored", batch.size(), e);
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void sequence(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<Pending, Sequenced> results = assign(c, batch);
                c.commit();
                results.forEach((p, s) -> p.result().complete(s));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Within the transaction: replays and conflicts first, then consecutive indices for the new entries. */
    private Map<Pending, Sequenced> assign(Connection c, List<Pending> batch) throws SQLException {
        Map<String, Earlier> earlier = new HashMap<>();
        long next = lockAndLookUp(c, batch, earlier);
        Map<Pending, Sequenced> results = new HashMap<>();
        List<Pending> fresh = new ArrayList<>(batch.size());
        List<Long> indices = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            NewEntry e = p.entry();
            String key = e.idempotencyKey() == null ? null : e.organizationId() + "\n" + e.idempotencyKey();
            Earlier before = key == null ? null : earlier.get(key);
            if (before != null) {
                if (Arrays.equals(before.requestHash(), e.requestHash())) {
                    results.put(p, new Sequenced(before.index(), true));
                } else {
                    // Refused whatever happens to the rest of the batch.
                    p.result().completeExceptionally(new IdempotencyConflict(before.index()));
                }
                continue;
            }
            long index = next++;
            if (key != null) {
                earlier.put(key, new Earlier(index, e.requestHash()));
            }
            fresh.add(p);
            indices.add(index);
            results.put(p, new Sequenced(index, false));
        }
        if (!fresh.isEmpty()) {
            insert(c, fresh, indices, next);
        }
        return results;
    }

    private record Earlier(long index, byte[] requestHash) {
    }

    /**
     * Locks the state row and finds earlier entries with the batch's idempotency keys, in one round trip;
     * returns the next free index.
     */
    private static long lockAndLookUp(Connection c, List<Pending> batch, Map<String, Earlier> found) throws SQLException {
        List<UUID> orgs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Pending p : batch) {
            if (p.entry().idempotencyKey() != null) {
                orgs.add(p.entry().organizationId());
                keys.add(p.entry().idempotencyKey());
            }
        }
        String sql = """
                with state as (select next_index from ledger_state where id = 1 for update)
                select state.next_index, e.organization_id, e.idempotency_key, e.idx, e.request_hash
                from state left join (ledger_entry e join unnest(?::uuid[], ?::text[]) as k(org, key)
                  on e.organization_id = k.org and e.idempotency_key = k.key) on true""";
        long next = -1;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", orgs.toArray()));
            ps.setArray(2, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    next = rs.getLong(1);
                    if (rs.getString(3) != null) {
                        found.put(rs.getObject(2) + "\n" + rs.getString(3), new Earlier(rs.getLong(4), rs.getBytes(5)));
                    }
                }
            }
        }
        if (next < 0) {
            throw new IllegalStateException("ledger_state has no row");
        }
        return next;
    }

    private static void insert(Connection c, List<Pending> fresh, List<Long> indices, long next) throws SQLException {
        int n = fresh.size();
        Object[] kind = new Object[n];
        Object[] org = new Object[n];
        Object[] system = new Object[n];
        Object[] key = new Object[n];
        byte[][] requestHash = new byte[n][];
        byte[][] leaf = new byte[n][];
        byte[][] subject = new byte[n][];
        byte[][] reference = new byte[n][];
        byte[][] nonce = new byte[n][];
        byte[][] ciphertext = new byte[n][];
        byte[][] wrapped = new byte[n][];
        for (int i = 0; i < n; i++) {
            NewEntry e = fresh.get(i).entry();
            kind[i] = e.kind().name();
            org[i] = e.organizationId();
            system[i] = e.systemId();
            key[i] = e.idempotencyKey();
            requestHash[i] = e.requestHash();
            leaf[i] = e.leaf();
            subject[i] = e.subjectKey();
            reference[i] = e.referenceKey();
            nonce[i] = e.sealed().nonce();
            ciphertext[i] = e.sealed().ciphertext();
            wrapped[i] = e.sealed().wrappedKey();
        }
        // One statement writes all three tables and moves the state on: one round trip per batch.
        try (PreparedStatement ps = c.prepareStatement("""
                with input as (
                  select * from unnest(?::bigint[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::bytea[], ?::bytea[],
                                       ?::bytea[], ?::bytea[], ?::bytea[], ?::bytea[], ?::bytea[])
                    as t(idx, kind, org, system, key, request_hash, leaf, subject, nonce, ciphertext, wrapped, reference)),
                entries as (
                  insert into ledger_entry (idx, kind, organization_id, system_id, idempotency_key, request_hash, leaf, subject_key,
                    reference_key)
                  select idx, kind, org, system, key, request_hash, leaf, subject, reference from input),
                payloads as (
                  insert into ledger_payload (idx, nonce, ciphertext) select idx, nonce, ciphertext from input),
                keys as (
                  insert into ledger_entry_key (idx, wrapped_key) select idx, wrapped from input)
                update ledger_state set next_index = ? where id = 1""")) {
            ps.setArray(1, c.createArrayOf("bigint", indices.toArray()));
            ps.setArray(2, c.createArrayOf("text", kind));
            ps.setArray(3, c.createArrayOf("uuid", org));
            ps.setArray(4, c.createArrayOf("uuid", system));
            ps.setArray(5, c.createArrayOf("text", key));
            ps.setArray(6, c.createArrayOf("bytea", requestHash));
            ps.setArray(7, c.createArrayOf("bytea", leaf));
            ps.setArray(8, c.createArrayOf("bytea", subject));
            ps.setArray(9, c.createArrayOf("bytea", nonce));
            ps.setArray(10, c.createArrayOf("bytea", ciphertext));
            ps.setArray(11, c.createArrayOf("bytea", wrapped));
            ps.setArray(12, c.createArrayOf("bytea", reference));
            ps.setLong(13, next);
            ps.executeUpdate();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("ledger-sequencer").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Started before and stopped after the web server (whose graceful shutdown lets requests in progress
     * finish): appends made during that drain still get through.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
