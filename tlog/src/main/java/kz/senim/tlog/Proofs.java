package kz.senim.tlog;

import java.util.List;

/**
 * Generates RFC 9162 roots, inclusion proofs and consistency proofs from stored complete-subtree
 * hashes. Each call does exactly one {@link HashReader#readHashes} call of O(log n) nodes.
 * Sizes and indices are unsigned 64-bit values.
 */
public final class Proofs {

    private Proofs() {
    }

    /** Merkle tree hash of the first {@code size} leaves. */
    public static byte[] root(long size, HashReader reader) {
        if (size == 0) {
            return Hashes.emptyRoot();
        }
        Subtrees s = new Subtrees();
        s.add(0, size);
        return s.hash(reader).getFirst();
    }

    /** Audit path for leaf {@code index} in the tree of {@code size} leaves, leaf level first. */
    public static List<byte[]> inclusion(long index, long size, HashReader reader) {
        if (Long.compareUnsigned(index, size) >= 0) {
            throw new TlogException("leaf index " + Long.toUnsignedString(index)
                    + " is not below tree size " + Long.toUnsignedString(size));
        }
        Subtrees s = new Subtrees();
        path(index, 0, size, s);
        return s.hash(reader);
    }

    /** Consistency proof between the trees of {@code size1} and {@code size2} leaves. */
    public static List<byte[]> consistency(long size1, long size2, HashReader reader) {
        if (size1 == 0 || Long.compareUnsigned(size1, size2) > 0) {
            throw new TlogException("no consistency proof from size " + Long.toUnsignedString(size1)
                    + " to size " + Long.toUnsignedString(size2) + "; need 0 < size1 <= size2");
        }
        Subtrees s = new Subtrees();
        subproof(size1, 0, size2, true, s);
        return s.hash(reader);
    }

    /** RFC 9162 section 2.1.3.1, PATH(m, D[start : start + n]). */
    private static void path(long m, long start, long n, Subtrees out) {
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (Long.compareUnsigned(m, k) < 0) {
            path(m, start, k, out);
            out.add(start + k, n - k);
        } else {
            path(m - k, start + k, n - k, out);
            out.add(start, k);
        }
    }

    /** RFC 9162 section 2.1.4.1, SUBPROOF(m, D[start : start + n], b). */
    private static void subproof(long m, long start, long n, boolean whole, Subtrees out) {
        if (m == n) {
            if (!whole) {
                out.add(start, n);
            }
            return;
        }
        long k = split(n);
        if (Long.compareUnsigned(m, k) <= 0) {
            subproof(m, start, k, whole, out);
            out.add(start + k, n - k);
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(start, k);
        }
    }

    /** Largest power of two strictly below n (n >= 2, unsigned). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
