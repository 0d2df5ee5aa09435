package kz.senim.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link HashReader} over the tiles of a tree of a known size, for clients of a tlog-tiles log.
 * It fetches the (possibly partial) tiles that hold each requested subtree and rehashes the
 * levels between tile levels. Tiles are not authenticated here: verify what you build from them
 * (a root or a proof) against a signed checkpoint of {@code treeSize}. Tiles are cached per
 * instance; not thread-safe.
 */
public final class TileHashReader implements HashReader {

    private final long treeSize;
    private final TileFetcher fetcher;
    private final Map<TileId, byte[]> cache = new HashMap<>();

    public TileHashReader(long treeSize, TileFetcher fetcher) {
        this.treeSize = treeSize;
        this.fetcher = fetcher;
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> ids) {
        List<byte[]> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            out.add(read(id));
        }
        return out;
    }

    private byte[] read(NodeId id) {
        if (!id.isWithin(treeSize)) {
            throw new TlogException("node " + id + " is not complete at tree size " + Long.toUnsignedString(treeSize));
        }
        int tileLevel = id.level() / Tiles.HEIGHT;
        int extra = id.level() % Tiles.HEIGHT;
        long first = id.index() << extra;
        TileId tile = TileId.atSize(tileLevel, first >>> Tiles.HEIGHT, treeSize);
        byte[] data = tile(tile);
        int from = (int) (first & 0xff);
        List<byte[]> level = new ArrayList<>(1 << extra);
        for (int i = 0; i < (1 << extra); i++) {
            int off = (from + i) * Hashes.SIZE;
            level.add(java.util.Arrays.copyOfRange(data, off, off + Hashes.SIZE));
        }
        // Rebuild the levels inside the tile up to the requested node.
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>(level.size() / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(Hashes.nodeHash(level.get(i), level.get(i + 1)));
            }
            level = up;
        }
        return level.getFirst();
    }

    private byte[] tile(TileId tile) {
        byte[] data = cache.get(tile);
        if (data == null) {
            data = fetcher.fetch(tile);
            if (data == null || data.length != tile.width() * Hashes.SIZE) {
                throw new TlogException(tile + " should be " + tile.width() * Hashes.SIZE + " bytes, got "
                        + (data == null ? "none" : data.length));
            }
            cache.put(tile, data);
        }
        return data;
    }
}
