package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link HashReader} that computes subtree hashes from leaf hashes alone, for logs (or tools)
 * that keep only leaf hashes. A node at level L costs 2^L leaf reads, so this suits level-0 and
 * level-1 tiles and small trees; logs that serve proofs should store subtree hashes
 * ({@link StoredHashes}).
 */
public final class LeafHashReader implements HashReader {

    /** Highest level served: 2^16 leaves per node. */
    public static final int MAX_LEVEL = 16;

    private static final int MAX_READ = 1 << 20;

    /** Returns {@code count} consecutive leaf hashes starting at leaf {@code start}. */
    @FunctionalInterface
    public interface LeafSource {
        List<byte[]> leafHashes(long start, int count);
    }

    private final LeafSource source;

    public LeafHashReader(LeafSource source) {
        this.source = source;
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> ids) {
        List<byte[]> out = new ArrayList<>(ids.size());
        int i = 0;
        while (i < ids.size()) {
            NodeId first = ids.get(i);
            if (first.level() > MAX_LEVEL) {
                throw new TlogException("node " + first + " is too high to compute from leaves");
            }
            // Read runs of adjacent nodes at one level with a single leaf read.
            int perNode = 1 << first.level();
            int run = 1;
            while (i + run < ids.size() && (run + 1) * perNode <= MAX_READ
                    && ids.get(i + run).level() == first.level()
                    && ids.get(i + run).index() == first.index() + run) {
                run++;
            }
            List<byte[]> leaves = source.leafHashes(first.start(), run * perNode);
            if (leaves == null || leaves.size() != run * perNode) {
                throw new TlogException("leaf source returned the wrong number of leaf hashes at " + first);
            }
            for (int n = 0; n < run; n++) {
                out.add(perfectRoot(leaves.subList(n * perNode, (n + 1) * perNode)));
            }
            i += run;
        }
        return out;
    }

    private static byte[] perfectRoot(List<byte[]> leaves) {
        List<byte[]> level = leaves;
        for (byte[] h : level) {
            if (!Hashes.isHash(h)) {
                throw new TlogException("leaf source returned a malformed leaf hash");
            }
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>(level.size() / 2);
            for (int j = 0; j < level.size(); j += 2) {
                up.add(Hashes.nodeHash(level.get(j), level.get(j + 1)));
            }
            level = up;
        }
        return level.getFirst().clone();
    }
}
