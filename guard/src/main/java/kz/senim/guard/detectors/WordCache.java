package kz.senim.guard.detectors;

import java.util.Arrays;

/**
 * A direct-mapped cache from short folded words (plus a small "shape" int) to a long, for one scan. A new word
 * simply replaces the one in its slot; a hit is verified char by char, so the cache never changes a result.
 */
final class WordCache {

    static final long MISSING = Long.MIN_VALUE;
    private static final int MAX_LEN = 24;

    private final int mask;
    private final int[] hashes;
    private final int[] shapes;
    private final byte[] lengths;
    private final char[] chars;
    private final long[] values;

    WordCache(int expectedWords) {
        int slots = Integer.highestOneBit(Math.clamp(expectedWords, 16, 2048)) << 1;
        mask = slots - 1;
        hashes = new int[slots];
        shapes = new int[slots];
        lengths = new byte[slots];
        chars = new char[slots * MAX_LEN];
        values = new long[slots];
        Arrays.fill(values, MISSING);
    }

    private int slot(int hash, int shape) {
        int h = (hash ^ shape * 0x9E3779B1) * 0x85EBCA6B;
        return (h ^ h >>> 15) & mask;
    }

    long get(char[] w, int len, int hash, int shape) {
        if (len > MAX_LEN) {
            return MISSING;
        }
        int s = slot(hash, shape);
        if (values[s] == MISSING || hashes[s] != hash || shapes[s] != shape || lengths[s] != len
                || !Arrays.equals(chars, s * MAX_LEN, s * MAX_LEN + len, w, 0, len)) {
            return MISSING;
        }
        return values[s];
    }

    void put(char[] w, int len, int hash, int shape, long value) {
        if (len > MAX_LEN) {
            return;
        }
        int s = slot(hash, shape);
        hashes[s] = hash;
        shapes[s] = shape;
        lengths[s] = (byte) len;
        System.arraycopy(w, 0, chars, s * MAX_LEN, len);
        values[s] = value;
    }
}
