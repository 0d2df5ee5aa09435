package kz.senim.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.HashReader;
import kz.senim.tlog.Hashes;
import kz.senim.tlog.NodeId;
import kz.senim.tlog.ProofVerifier;
import kz.senim.tlog.Proofs;
import kz.senim.tlog.StoredHash;
import kz.senim.tlog.StoredHashes;
import kz.senim.tlog.TileId;
import kz.senim.tlog.Tiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds sequenced entries to the Merkle tree, writes the changed tiles and signs a checkpoint, all in one
 * transaction. A PostgreSQL advisory lock lets one instance integrate at a time; before a checkpoint is
 * published its consistency with the previous one is checked, so a bug cannot fork the log unnoticed.
 */
@Component
class Integrator {

    private static final Logger log = LoggerFactory.getLogger(Integrator.class);
    private static final long LOCK = 0x53656e696d4c6f67L; // "SenimLog"
    private static final int MAX_PER_ROUND = 65_536;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TileStore tiles;
    private final LedgerKeys keys;
    private final LedgerProperties properties;

    Integrator(JdbcClient jdbc, TransactionTemplate tx, TileStore tiles, LedgerKeys keys, LedgerProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.tiles = tiles;
        this.keys = keys;
        this.properties = properties;
    }

    record Tree(long size, byte[] root) {
    }

    @Scheduled(fixedDelayString = "${senim.ledger.checkpoint-every:1s}", initialDelay = 0)
    void scheduled() {
        try {
            while (integrate() == MAX_PER_ROUND) {
                // a long backlog is integrated in rounds of bounded size
            }
        } catch (RuntimeException e) {
            log.error("Ledger integration failed; it will be retried", e);
        }
    }

    /** Integrates what is pending; returns how many entries were added (0 when another instance holds the lock). */
    int integrate() {
        Integer added = tx.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            Tree tree = tree();
            long target = jdbc.sql("select next_index from ledger_state where id = 1").query(Long.class).single();
            long end = Math.min(target, tree.size() + MAX_PER_ROUND);
            if (end == tree.size()) {
                if (latestCheckpointSize() == null) {
                    publish(tree, tree, tiles.reader(tree.size()));
                }
                return 0;
            }
            List<byte[]> leaves = jdbc.sql("select leaf from ledger_entry where idx >= ? and idx < ? order by idx")
                    .params(tree.size(), end).query((rs, n) -> rs.getBytes(1)).list();
            if (leaves.size() != end - tree.size()) {
                throw new IllegalStateException("ledger entries " + tree.size() + ".." + end + " are not contiguous");
            }
            List<byte[]> leafHashes = new ArrayList<>(leaves.size());
            leaves.forEach(l -> leafHashes.add(Hashes.leafHash(l)));
            HashReader old = tiles.reader(tree.size());
            Map<NodeId, byte[]> fresh = new HashMap<>();
            for (StoredHash h : StoredHashes.forAppend(tree.size(), leafHashes, old)) {
                fresh.put(h.id(), h.hash());
            }
            HashReader reader = TileStore.overlay(fresh, old);
            for (TileId tile : Tiles.newTiles(tree.size(), end)) {
                tiles.write(tile, Tiles.read(tile, reader));
            }
            Tree next = new Tree(end, Proofs.root(end, reader));
            publish(tree, next, reader);
            return leaves.size();
        });
        return added == null ? 0 : added;
    }

    private void publish(Tree previous, Tree next, HashReader reader) {
        if (previous.size() > 0 && previous.size() < next.size()) {
            ProofVerifier.verifyConsistency(previous.size(), next.size(),
                    Proofs.consistency(previous.size(), next.size(), reader), previous.root(), next.root()).orThrow();
        }
        String note = new Checkpoint(properties.origin(), next.size(), next.root()).sign(keys.signer());
        jdbc.sql("insert into ledger_checkpoint (size, root, note) values (?, ?, ?) on conflict (size) do nothing")
                .params(next.size(), next.root(), note).update();
        jdbc.sql("update ledger_tree set size = ?, root = ? where id = 1").params(next.size(), next.root()).update();
    }

    Tree tree() {
        return jdbc.sql("select size, root from ledger_tree where id = 1")
                .query((rs, n) -> new Tree(rs.getLong(1), rs.getBytes(2))).single();
    }

    private Long latestCheckpointSize() {
        return jdbc.sql("select max(size) from ledger_checkpoint").query(Long.class).optional().orElse(null);
    }
}
