package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory log of stored hashes, for tests, tools and small logs. It keeps every complete
 * subtree hash, the same rows a database-backed log would keep. Not thread-safe.
 */
public final class MemoryHashStore implements HashReader {

    private final List<List<byte[]>> levels = new ArrayList<>();
    private long size;

    /** Number of leaves appended so far. */
    public long size() {
        return size;
    }

    /** Appends one leaf hash and returns the new tree size. */
    public long append(byte[] leafHash) {
        return appendAll(List.of(leafHash));
    }

    /** Appends leaf hashes in order and returns the new tree size. */
    public long appendAll(List<byte[]> leafHashes) {
        for (StoredHash s : StoredHashes.forAppend(size, leafHashes, this)) {
            store(s);
        }
        size += leafHashes.size();
        return size;
    }

    /** Root of the current tree. */
    public byte[] root() {
        return Proofs.root(size, this);
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> ids) {
        List<byte[]> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            List<byte[]> level = id.level() < levels.size() ? levels.get(id.level()) : List.of();
            if (Long.compareUnsigned(id.index(), level.size()) >= 0) {
                throw new TlogException("no stored hash for node " + id);
            }
            out.add(level.get((int) id.index()));
        }
        return out;
    }

    private void store(StoredHash s) {
        while (levels.size() <= s.id().level()) {
            levels.add(new ArrayList<>());
        }
        List<byte[]> level = levels.get(s.id().level());
        if (level.size() != s.id().index()) {
            throw new IllegalStateException("hashes must be stored in order, got " + s.id());
        }
        level.add(s.hash());
    }
}
