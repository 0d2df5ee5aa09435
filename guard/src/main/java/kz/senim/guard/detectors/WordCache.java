package kz.senim.guard.detectors;

import java.util.Arrays;
import kz.senim.guard.ScanText;

/**
 * A direct-mapped cache from short words of the text in lower case (plus a small "shape" int) to a long, for one
 * scan. A new word
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

    /**
     * The value kept for letter token t of the text in lower case (its hash from the tokenizer), so a word seen
     * before costs no folding.
     */
    long get(ScanText st, int t, int shape) {
        int from = st.start(t);
        int len = st.end(t) - from;
        if (len > MAX_LEN) {
            return MISSING;
        }
        int hash = st.lowerHash(t);
        int s = slot(hash, shape);
        if (values[s] == MISSING || hashes[s] != hash || shapes[s] != shape || lengths[s] != len) {
            return MISSING;
        }
        for (int i = 0, p = s * MAX_LEN; i < len; i++) {
            if (chars[p + i] != ScanText.lower(st.charAt(from + i))) {
                return MISSING;
            }
        }
        return values[s];
    }

    void put(ScanText st, int t, int shape, long value) {
        int from = st.start(t);
        int len = st.end(t) - from;
        if (len > MAX_LEN) {
            return;
        }
        int hash = st.lowerHash(t);
        int s = slot(hash, shape);
        hashes[s] = hash;
        shapes[s] = shape;
        lengths[s] = (byte) len;
        for (int i = 0, p = s * MAX_LEN; i < len; i++) {
            chars[p + i] = ScanText.lower(st.charAt(from + i));
        }
        values[s] = value;
    }
}
