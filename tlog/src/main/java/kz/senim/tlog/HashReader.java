package kz.senim.tlog;

import java.util.List;

/**
 * Source of stored hashes of complete subtrees. Proof generation asks for all the hashes it needs
 * in one call, so a database-backed log answers a proof with a single batched query of
 * O(log n) rows.
 */
@FunctionalInterface
public interface HashReader {

    /**
     * Returns the hash of each requested complete subtree, in the same order.
     * Implementations throw {@link TlogException} (or another runtime exception) if a hash is missing.
     */
    List<byte[]> readHashes(List<NodeId> ids);
}
