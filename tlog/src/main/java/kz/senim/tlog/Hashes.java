package kz.senim.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 (and RFC 6962) Merkle tree hashing with SHA-256. */
public final class Hashes {

    /** Every hash in the tree is a SHA-256 digest. */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private static final byte[] EMPTY = sha256();

    private Hashes() {
    }

    /** The root of the empty tree: SHA-256 of no bytes (RFC 9162 section 2.1.1). */
    public static byte[] emptyRoot() {
        return EMPTY.clone();
    }

    /** Hash of a leaf entry: SHA-256(0x00 || data). */
    public static byte[] leafHash(byte[] data) {
        MessageDigest d = digest();
        d.update(LEAF_PREFIX);
        d.update(data);
        return d.digest();
    }

    /** Hash of an interior node: SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = digest();
        d.update(NODE_PREFIX);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** Constant-time comparison; false for null or differing lengths. */
    public static boolean equal(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    static boolean isHash(byte[] h) {
        return h != null && h.length == SIZE;
    }

    private static byte[] sha256() {
        return digest().digest();
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
