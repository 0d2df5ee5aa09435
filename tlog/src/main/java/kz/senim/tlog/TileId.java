package kz.senim.tlog;

/**
 * A Merkle tree tile: {@code width} consecutive hashes at tree level {@code 8 * level}, starting
 * with hash number {@code index * 256}. Level 0 tiles hold leaf hashes.
 */
public record TileId(int level, long index, int width) implements TilePath {

    public TileId {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("tile level must be 0..63: " + level);
        }
        TilePaths.checkWidth(width);
    }

    /** The full (256-hash) tile. */
    public static TileId full(int level, long index) {
        return new TileId(level, index, FULL_WIDTH);
    }

    /** The tile at this level and index as it is in a tree of {@code treeSize} leaves. */
    public static TileId atSize(int level, long index, long treeSize) {
        int w = TilePaths.widthAt(index, TilePaths.itemsAt(treeSize, level));
        if (w == 0) {
            throw new TlogException("tile " + level + "/" + Long.toUnsignedString(index)
                    + " is empty at tree size " + Long.toUnsignedString(treeSize));
        }
        return new TileId(level, index, w);
    }

    @Override
    public String path() {
        return "tile/" + level + "/" + TilePaths.encodeIndex(index) + TilePaths.suffix(width);
    }

    /** True if a tree of {@code treeSize} leaves has all the hashes of this tile. */
    public boolean existsAt(long treeSize) {
        return TilePaths.exists(index, width, TilePaths.itemsAt(treeSize, level));
    }

    /** Tree level of the hashes in this tile. */
    public int hashLevel() {
        return Tiles.HEIGHT * level;
    }

    @Override
    public String toString() {
        return path();
    }
}
