package kz.senim.guard;

/**
 * The lower-case-initial words of a text by their lower-case hash, for {@link ScanText#occursLowercase}. Built
 * on the first question from the hashes the tokenizer already computed: one slot per distinct hash, holding the
 * first token with it, so a repeated word costs a probe and no char comparison. A question is confirmed char by
 * char against that token; only when two different words share a hash are the tokens searched one by one.
 */
final class LowerWords {

    private final ScanText st;
    private int[] table = new int[1 << 10]; // token + 1, 0 = empty
    private int[] hashes = new int[table.length];
    private int mask = table.length - 1;
    private int size;

    LowerWords(ScanText st) {
        this.st = st;
        for (int t = 0, count = st.tokenCount(); t < count; t++) {
            if (st.lowerInitialWord(t)) {
                add(t, st.lowerHash(t));
            }
        }
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) * 0x85EBCA6B;
    }

    private void add(int t, int h) {
        int i = slot(h) & mask;
        while (table[i] != 0) {
            if (hashes[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = t + 1;
        hashes[i] = h;
        if (++size * 2 > table.length) {
            grow();
        }
    }

    private void grow() {
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

    boolean contains(int t) {
        int h = st.lowerHash(t);
        for (int i = slot(h) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                return st.sameWordIgnoringCase(table[i] - 1, t) || searchAll(t, h);
            }
        }
        return false;
    }

    /** Another word with the same hash was indexed: look for t among all tokens with that hash. */
    private boolean searchAll(int t, int h) {
        for (int u = 0, count = st.tokenCount(); u < count; u++) {
            if (st.lowerHash(u) == h && st.lowerInitialWord(u) && st.sameWordIgnoringCase(u, t)) {
                return true;
            }
        }
        return false;
    }
}
