package kz.senim.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.senim.tlog.HashReader;
import kz.senim.tlog.NodeId;
import kz.senim.tlog.TileHashReader;
import kz.senim.tlog.TileId;
import kz.senim.tlog.TlogException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tree's tiles in PostgreSQL. Full tiles never change, so they are cached; a partial tile is read
 * afresh and cut to the width asked for.
 */
@Component
class TileStore {

    private static final int CACHE_TILES = 4096;

    private final JdbcClient jdbc;
    private final Map<Long, byte[]> full = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > CACHE_TILES;
        }
    });

    TileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tile's bytes at exactly its width, if the stored tile has grown that far. */
    Optional<byte[]> read(TileId tile) {
        long cacheKey = cacheKey(tile.level(), tile.index());
        if (tile.width() == 256) {
            byte[] cached = full.get(cacheKey);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        var row = jdbc.sql("select width, hashes from ledger_tile where level = ? and idx = ?")
                .params(tile.level(), tile.index())
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getBytes(2)})
                .optional();
        if (row.isEmpty() || (int) row.get()[0] < tile.width()) {
            return Optional.empty();
        }
        byte[] hashes = (byte[]) row.get()[1];
        if ((int) row.get()[0] == 256) {
            full.put(cacheKey, hashes);
        }
        return Optional.of(tile.width() * 32 == hashes.length ? hashes : java.util.Arrays.copyOf(hashes, tile.width() * 32));
    }

    void write(TileId tile, byte[] hashes) {
        jdbc.sql("""
                insert into ledger_tile (level, idx, width, hashes) values (?, ?, ?, ?)
                on conflict (level, idx) do update set width = excluded.width, hashes = excluded.hashes
                where ledger_tile.width < excluded.width""")
                .params(tile.level(), tile.index(), tile.width(), hashes).update();
    }

    /** A reader of the tree of this size, for proofs and roots; one per use (it caches tiles it fetched). */
    HashReader reader(long treeSize) {
        TileHashReader tiles = new TileHashReader(treeSize, tile -> read(tile)
                .orElseThrow(() -> new TlogException("tile " + tile.path() + " is not stored")));
        return tiles;
    }

    /** Reads new hashes from {@code fresh} first, older ones from the stored tree. */
    static HashReader overlay(Map<NodeId, byte[]> fresh, HashReader stored) {
        return ids -> {
            List<byte[]> out = new java.util.ArrayList<>(ids.size());
            for (NodeId id : ids) {
                byte[] h = fresh.get(id);
                out.add(h != null ? h : stored.readHashes(List.of(id)).getFirst());
            }
            return out;
        };
    }

    private static long cacheKey(int level, long index) {
        return ((long) level << 56) ^ index;
    }
}
