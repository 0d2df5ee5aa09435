package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of leaf ranges whose Merkle tree hashes are wanted, each split into complete subtrees.
 * All subtree hashes are fetched with one {@link HashReader} call, then each range is folded
 * back into its RFC 9162 hash.
 */
final class Subtrees {

    private final List<List<NodeId>> ranges = new ArrayList<>();

    /**
     * Adds the range {@code [start, start + count)}. It must be a subtree of some RFC 9162 tree
     * (start aligned to a power of two at least count), which makes the greedy split below match
     * the RFC's "largest power of two smaller than n" split.
     */
    void add(long start, long count) {
        List<NodeId> ids = new ArrayList<>(2);
        long pos = start;
        long left = count;
        while (left != 0) {
            int fits = 63 - Long.numberOfLeadingZeros(left);
            int aligned = Long.numberOfTrailingZeros(pos);
            int level = Math.min(fits, aligned);
            ids.add(new NodeId(level, pos >>> level));
            pos += 1L << level;
            left -= 1L << level;
        }
        ranges.add(ids);
    }

    /** Node ids of all ranges, in order. */
    List<NodeId> ids() {
        List<NodeId> all = new ArrayList<>();
        for (List<NodeId> r : ranges) {
            all.addAll(r);
        }
        return all;
    }

    /** Reads every subtree hash in one call and returns one hash per range. */
    List<byte[]> hash(HashReader reader) {
        List<NodeId> ids = ids();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<byte[]> hashes = reader.readHashes(List.copyOf(ids));
        if (hashes == null || hashes.size() != ids.size()) {
            throw new TlogException("hash reader returned " + (hashes == null ? "null" : hashes.size())
                    + " hashes for " + ids.size() + " requested nodes");
        }
        List<byte[]> out = new ArrayList<>(ranges.size());
        int next = 0;
        for (List<NodeId> r : ranges) {
            out.add(fold(hashes.subList(next, next + r.size()), r));
            next += r.size();
        }
        return out;
    }

    /** Right fold: hash(h0, hash(h1, ... hash(h[n-2], h[n-1]))), the shape of a left-balanced tree. */
    private static byte[] fold(List<byte[]> hashes, List<NodeId> ids) {
        byte[] acc = null;
        for (int i = hashes.size() - 1; i >= 0; i--) {
            byte[] h = hashes.get(i);
            if (!Hashes.isHash(h)) {
                throw new TlogException("hash reader returned a malformed hash for node " + ids.get(i));
            }
            acc = acc == null ? h.clone() : Hashes.nodeHash(h, acc);
        }
        return acc;
    }
}
