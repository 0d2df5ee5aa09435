package kz.senim.tlog;

/** An entry bundle: entries {@code index * 256} to {@code index * 256 + width - 1}. */
public record BundleId(long index, int width) implements TilePath {

    public BundleId {
        TilePaths.checkWidth(width);
    }

    /** The full (256-entry) bundle. */
    public static BundleId full(long index) {
        return new BundleId(index, FULL_WIDTH);
    }

    /** The bundle at this index as it is in a tree of {@code treeSize} leaves. */
    public static BundleId atSize(long index, long treeSize) {
        int w = TilePaths.widthAt(index, treeSize);
        if (w == 0) {
            throw new TlogException("entry bundle " + Long.toUnsignedString(index)
                    + " is empty at tree size " + Long.toUnsignedString(treeSize));
        }
        return new BundleId(index, w);
    }

    /** Index of the first entry. */
    public long firstEntry() {
        return index << 8;
    }

    @Override
    public String path() {
        return "tile/entries/" + TilePaths.encodeIndex(index) + TilePaths.suffix(width);
    }

    /** True if a tree of {@code treeSize} leaves has all the entries of this bundle. */
    public boolean existsAt(long treeSize) {
        return TilePaths.exists(index, width, treeSize);
    }

    @Override
    public String toString() {
        return path();
    }
}
