package kz.senim.guard.detectors;

import java.util.Arrays;

/**
 * A growing set of folded words for one scan, filled and queried from a char buffer with the caller's hash
 * ({@code h = 31 * h + c}), so neither strings nor a hash set of them are made per name found. Also keeps the
 * filter of the keys' heads ({@link NameKeys#headSlot}): the first three letters of a three-letter key, the first
 * four of a longer one (three alone let through four words in ten on news).
 */
final class KeySet {

    private char[] pool = new char[256];
    private int poolLength;
    private int[] offsets = new int[33];
    private int[] hashes = new int[32];
    private int count;
    private int[] table = new int[64];
    final boolean[] heads = new boolean[NameKeys.HEADS];

    int size() {
        return count;
    }

    /** Adds w[0, len) (at least three chars) whose hash is h, unless it is there already. */
    void add(char[] w, int len, int h) {
        int mask = table.length - 1;
        int slot = WordTable.mix(h) & mask;
        for (int e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (same(e - 1, w, len, h)) {
                return;
            }
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2 + 1);
        }
        if (poolLength + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + len));
        }
        System.arraycopy(w, 0, pool, poolLength, len);
        offsets[count] = poolLength;
        poolLength += len;
        offsets[count + 1] = poolLength;
        hashes[count] = h;
        table[slot] = ++count;
        int head = (31 * w[0] + w[1]) * 31 + w[2];
        heads[NameKeys.headSlot(len == NameKeys.MIN_LENGTH ? head : 31 * head + w[3])] = true;
        if (count * 2 > table.length) {
            rehash();
        }
    }

    boolean contains(char[] w, int len, int h) {
        int mask = table.length - 1;
        for (int slot = WordTable.mix(h) & mask, e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (same(e - 1, w, len, h)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(int e, char[] w, int len, int h) {
        int p = offsets[e];
        return hashes[e] == h && offsets[e + 1] - p == len && Arrays.equals(pool, p, p + len, w, 0, len);
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int e = 0; e < count; e++) {
            int slot = WordTable.mix(hashes[e]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }
}
