package kz.senim.tlog;

/**
 * A complete (perfect) subtree: the node at {@code level} covering leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 nodes are leaf hashes.
 * The index is an unsigned 64-bit value.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("level must be in 0..63: " + level);
        }
        if (level > 0 && (index >>> (64 - level)) != 0) {
            throw new IllegalArgumentException("node " + level + "/" + Long.toUnsignedString(index) + " lies beyond 2^64 leaves");
        }
    }

    /** First leaf covered. */
    public long start() {
        return index << level;
    }

    /** Number of leaves covered after the first one (2^level - 1), which never overflows. */
    long span() {
        return (1L << level) - 1;
    }

    /** True if every leaf of this subtree is in a tree of {@code treeSize} leaves. */
    public boolean isWithin(long treeSize) {
        long last = start() + span();
        return Long.compareUnsigned(last, treeSize) < 0;
    }

    @Override
    public String toString() {
        return level + "/" + Long.toUnsignedString(index);
    }
}
