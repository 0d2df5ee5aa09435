package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/** Building C2SP tlog-tiles hash tiles from stored hashes. */
public final class Tiles {

    /** Tree levels per tile: a full tile holds 2^8 = 256 hashes. */
    public static final int HEIGHT = 8;

    private Tiles() {
    }

    /** The tile's content: its hashes concatenated, read from {@code reader} in one call. */
    public static byte[] read(TileId tile, HashReader reader) {
        if (!tile.existsAt(-1L)) {
            throw new TlogException(tile + " lies beyond any 64-bit tree");
        }
        List<NodeId> ids = new ArrayList<>(tile.width());
        long first = tile.index() << HEIGHT;
        for (int i = 0; i < tile.width(); i++) {
            ids.add(new NodeId(tile.hashLevel(), first + i));
        }
        List<byte[]> hashes = reader.readHashes(ids);
        if (hashes == null || hashes.size() != ids.size()) {
            throw new TlogException("hash reader returned the wrong number of hashes for " + tile);
        }
        byte[] out = new byte[tile.width() * Hashes.SIZE];
        for (int i = 0; i < hashes.size(); i++) {
            byte[] h = hashes.get(i);
            if (!Hashes.isHash(h)) {
                throw new TlogException("malformed stored hash for node " + ids.get(i));
            }
            System.arraycopy(h, 0, out, i * Hashes.SIZE, Hashes.SIZE);
        }
        return out;
    }

    /**
     * Tiles whose content first becomes available when the tree grows from {@code oldSize} to
     * {@code newSize}: newly completed full tiles and the partial tiles at {@code newSize}.
     * A log that stores tiles writes exactly these after publishing a checkpoint of {@code newSize}.
     */
    public static List<TileId> newTiles(long oldSize, long newSize) {
        checkGrowth(oldSize, newSize);
        List<TileId> out = new ArrayList<>();
        for (int level = 0; TilePaths.itemsAt(newSize, level) != 0; level++) {
            long oldItems = TilePaths.itemsAt(oldSize, level);
            long newItems = TilePaths.itemsAt(newSize, level);
            if (oldItems == newItems) {
                continue;
            }
            for (long n = oldItems >>> 8; Long.compareUnsigned(n, newItems >>> 8) <= 0; n++) {
                int w = TilePaths.widthAt(n, newItems);
                if (w == 0) {
                    break;
                }
                out.add(new TileId(level, n, w));
            }
        }
        return out;
    }

    /** Entry bundles whose content first becomes available when the tree grows, like {@link #newTiles}. */
    public static List<BundleId> newBundles(long oldSize, long newSize) {
        checkGrowth(oldSize, newSize);
        List<BundleId> out = new ArrayList<>();
        if (oldSize == newSize) {
            return out;
        }
        for (long n = oldSize >>> 8; Long.compareUnsigned(n, newSize >>> 8) <= 0; n++) {
            int w = TilePaths.widthAt(n, newSize);
            if (w == 0) {
                break;
            }
            out.add(new BundleId(n, w));
        }
        return out;
    }

    private static void checkGrowth(long oldSize, long newSize) {
        if (Long.compareUnsigned(oldSize, newSize) > 0) {
            throw new TlogException("tree cannot shrink from " + Long.toUnsignedString(oldSize)
                    + " to " + Long.toUnsignedString(newSize));
        }
    }
}
