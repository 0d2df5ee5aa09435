package kz.senim.guard.detectors;

import java.util.Arrays;

/**
 * A small immutable map from words to int values, looked up straight from a char buffer with a hash the caller
 * computed while filling it ({@link #hash}), so no String is created per look-up. Open addressing; the chars are
 * compared only when the stored hash matches.
 */
final class WordTable {

    private final char[][] words;
    private final int[] values;
    private final int[] hashes;
    private final int[] table;
    private final int mask;

    WordTable(String[] keys, int[] vals) {
        int n = keys.length;
        words = new char[n][];
        values = Arrays.copyOf(vals, n);
        hashes = new int[n];
        int cap = Integer.highestOneBit(Math.max(8, n * 2)) << 1;
        table = new int[cap];
        mask = cap - 1;
        for (int e = 0; e < n; e++) {
            words[e] = keys[e].toCharArray();
            hashes[e] = hash(words[e], words[e].length);
            int slot = mix(hashes[e]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }

    /** The hash callers must use: {@code h = 31 * h + c} over the chars, from 0. */
    static int hash(char[] w, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + w[i];
        }
        return h;
    }

    static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** Value of the word w[0, len) with hash h, or -1 when absent. */
    int get(char[] w, int len, int h) {
        int slot = mix(h) & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                return -1;
            }
            e--;
            if (hashes[e] == h && words[e].length == len && Arrays.equals(words[e], 0, len, w, 0, len)) {
                return values[e];
            }
            slot = (slot + 1) & mask;
        }
    }
}
