package kz.senim.guard;

/**
 * The distinct lower-case-initial words of a text, for {@link ScanText#occursLowercase} when a hash chain of
 * the tokenizer turns out long. Open addressing over token indexes; a hash match is confirmed char by char.
 */
final class LowerWords {

    private final ScanText st;
    private int[] table = new int[1 << 12]; // token + 1, 0 = empty
    private int[] hashes = new int[table.length];
    private int mask = table.length - 1;
    private int size;

    LowerWords(ScanText st) {
        this.st = st;
        for (int t = 0, count = st.tokenCount(); t < count; t++) {
            if (st.lowerInitialWord(t)) {
                add(t, st.wordHash(t));
            }
        }
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) * 0x85EBCA6B;
    }

    private void add(int t, int h) {
        int i = slot(h) & mask;
        while (table[i] != 0) {
            if (hashes[i] == h && st.sameWordIgnoringCase(table[i] - 1, t)) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = t + 1;
        hashes[i] = h;
        if (++size * 2 > table.length) {
            int[] oldTable = table;
            int[] oldHashes = hashes;
            table = new int[oldTable.length * 2];
            hashes = new int[table.length];
            mask = table.length - 1;
            for (int k = 0; k < oldTable.length; k++) {
                if (oldTable[k] != 0) {
                    int j = slot(oldHashes[k]) & mask;
                    while (table[j] != 0) {
                        j = (j + 1) & mask;
                    }
                    table[j] = oldTable[k];
                    hashes[j] = oldHashes[k];
                }
            }
        }
    }

    boolean contains(int t) {
        int h = st.wordHash(t);
        for (int i = slot(h) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && st.sameWordIgnoringCase(table[i] - 1, t)) {
                return true;
            }
        }
        return false;
    }
}
