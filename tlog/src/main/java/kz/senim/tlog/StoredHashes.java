package kz.senim.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the complete-subtree hashes a log must store when it appends leaves. */
public final class StoredHashes {

    private StoredHashes() {
    }

    /**
     * Hashes to store when appending {@code leafHashes} to a tree that currently has {@code size}
     * leaves: every leaf hash plus every subtree the new leaves complete. Reads at most 64 stored
     * hashes (the complete subtrees of the current tree's right edge) in one call.
     */
    public static List<StoredHash> forAppend(long size, List<byte[]> leafHashes, HashReader reader) {
        if (Long.compareUnsigned(size + leafHashes.size(), size) < 0) {
            throw new TlogException("appending " + leafHashes.size() + " leaves overflows the tree size");
        }
        Map<NodeId, byte[]> known = new HashMap<>();
        if (size != 0 && !leafHashes.isEmpty()) {
            List<NodeId> edge = edge(size);
            List<byte[]> hashes = reader.readHashes(edge);
            if (hashes == null || hashes.size() != edge.size()) {
                throw new TlogException("hash reader returned the wrong number of hashes");
            }
            for (int i = 0; i < edge.size(); i++) {
                known.put(edge.get(i), hashes.get(i));
            }
        }
        List<StoredHash> out = new ArrayList<>(leafHashes.size() * 2);
        long index = size;
        for (byte[] leaf : leafHashes) {
            if (!Hashes.isHash(leaf)) {
                throw new TlogException("leaf hash for index " + Long.toUnsignedString(index) + " is not 32 bytes");
            }
            byte[] h = leaf.clone();
            NodeId id = new NodeId(0, index);
            add(out, known, id, h);
            // Each set low bit of the index closes one more complete subtree.
            for (int level = 0; level < 63 && ((index >>> level) & 1) == 1; level++) {
                NodeId sibling = new NodeId(level, (index >>> level) - 1);
                byte[] left = known.get(sibling);
                if (!Hashes.isHash(left)) {
                    throw new TlogException("missing or malformed stored hash for node " + sibling);
                }
                h = Hashes.nodeHash(left, h);
                add(out, known, new NodeId(level + 1, index >>> (level + 1)), h);
            }
            index++;
        }
        return out;
    }

    /** Complete subtrees covering [0, size), largest first: the only stored nodes appends can need. */
    static List<NodeId> edge(long size) {
        Subtrees s = new Subtrees();
        s.add(0, size);
        return s.ids();
    }

    private static void add(List<StoredHash> out, Map<NodeId, byte[]> known, NodeId id, byte[] h) {
        out.add(new StoredHash(id, h));
        known.put(id, h);
    }
}
