package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Verifies RFC 9162 inclusion and consistency proofs. Never throws on malformed input: every
 * failure comes back as a {@link Verdict} with a reason. Sizes and indices are unsigned.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /** RFC 9162 section 2.1.3.2: does {@code proof} show leaf {@code index} in the tree with {@code root}? */
    public static Verdict verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        List<byte[]> p = proof == null ? List.of() : proof;
        if (Long.compareUnsigned(index, size) >= 0) {
            return Verdict.invalid("leaf index " + Long.toUnsignedString(index)
                    + " is not below tree size " + Long.toUnsignedString(size));
        }
        String bad = malformed(leafHash, "leaf hash", root, "root", p);
        if (bad != null) {
            return Verdict.invalid(bad);
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] h : p) {
            if (sn == 0) {
                return Verdict.invalid("inclusion proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.nodeHash(h, r);
                // Skip levels where this node has no right sibling (it is promoted).
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Hashes.nodeHash(r, h);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verdict.invalid("inclusion proof is too short");
        }
        if (!Hashes.equal(r, root)) {
            return Verdict.invalid("inclusion proof does not lead to the expected root");
        }
        return Verdict.valid();
    }

    /** RFC 9162 section 2.1.4.2: is the tree ({@code size2}, {@code root2}) an extension of ({@code size1}, {@code root1})? */
    public static Verdict verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        List<byte[]> p = proof == null ? List.of() : proof;
        if (Long.compareUnsigned(size1, size2) > 0) {
            return Verdict.invalid("size1 " + Long.toUnsignedString(size1) + " is larger than size2 "
                    + Long.toUnsignedString(size2));
        }
        if (size1 == 0) {
            // RFC 9162 defines proofs only for 0 < size1; the empty tree is a prefix of anything.
            return Verdict.invalid("consistency from an empty tree is not defined (size1 = 0)");
        }
        if (size1 == size2) {
            if (!p.isEmpty()) {
                return Verdict.invalid("sizes are equal but the proof is not empty");
            }
            return Hashes.equal(root1, root2) ? Verdict.valid()
                    : Verdict.invalid("sizes are equal but the roots differ");
        }
        String bad = malformed(root1, "root1", root2, "root2", p);
        if (bad != null) {
            return Verdict.invalid(bad);
        }
        return checkConsistency(size1, size2, p, root1, root2);
    }

    private static Verdict checkConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            // The old tree is a complete subtree of the new one, so its root starts the path.
            path.addFirst(root1);
        }
        if (path.isEmpty()) {
            return Verdict.invalid("consistency proof is empty");
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return Verdict.invalid("consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.nodeHash(c, fr);
                sr = Hashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Hashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verdict.invalid("consistency proof is too short");
        }
        if (!Hashes.equal(fr, root1)) {
            return Verdict.invalid("consistency proof does not lead to root1");
        }
        if (!Hashes.equal(sr, root2)) {
            return Verdict.invalid("consistency proof does not lead to root2");
        }
        return Verdict.valid();
    }

    private static String malformed(byte[] a, String aName, byte[] b, String bName, List<byte[]> proof) {
        if (!Hashes.isHash(a)) {
            return aName + " is not a 32-byte hash";
        }
        if (!Hashes.isHash(b)) {
            return bName + " is not a 32-byte hash";
        }
        if (proof == null) {
            return null;
        }
        for (int i = 0; i < proof.size(); i++) {
            if (!Hashes.isHash(proof.get(i))) {
                return "proof hash " + i + " is not 32 bytes";
            }
        }
        return null;
    }
}
