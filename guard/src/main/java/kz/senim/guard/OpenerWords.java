package kz.senim.guard;

/**
 * Which sentence-opening capitalised words also occur in lower case, for {@link ScanText#occursLowercase}: the
 * question is asked about sentence openers, which are far fewer than the distinct lower-case words, so these
 * are indexed and the lower-case words passed over once, most of them ruled out by one bit of a small filter.
 * Exact: a lower-case word with an indexed hash is compared char by char, and a hash shared by two different
 * words sends the question to {@link LowerWords}.
 */
final class OpenerWords {

    private static final int FOUND = 1;
    /** Some lower-case word had this hash but other chars. */
    private static final int OTHER = 2;
    private static final int FILTER_BITS = 1 << 16;

    private final ScanText st;
    private final long[] filter = new long[FILTER_BITS / 64];
    /**
     * Per filter bit, the openers on it not found in lower case yet: at 0 the bit is cleared, so a frequent
     * lower-case word ("в", "и") costs one bit test once its opener ("В", "И") has been found.
     */
    private final int[] pending = new int[FILTER_BITS];
    private final int[] table; // first opener token + 1, 0 = empty
    private final int[] hashes;
    private final byte[] state;
    private final int mask;

    OpenerWords(ScanText st) {
        this.st = st;
        // one-letter openers ("В", "А") and words with a clear bit in the tokenizer's filter are left to the
        // other answers: they would fill the filter with frequent lower-case words
        int[] openers = new int[Math.max(1, st.upperTokenCount())];
        int count = 0;
        for (int k = 0, n = st.upperTokenCount(); k < n; k++) {
            int t = st.upperToken(k);
            if (st.sentenceStart(t) && st.tokenLength(t) > 1 && st.mayOccurLowercase(t)) {
                openers[count++] = t;
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        table = new int[cap];
        hashes = new int[cap];
        state = new byte[cap];
        mask = cap - 1;
        for (int k = 0; k < count; k++) {
            add(openers[k], st.lowerHash(openers[k]));
        }
        int[] hash = st.hashes();
        byte[] info = st.infos();
        long[] filter = this.filter;
        for (int u = 0, tokens = st.tokenCount(); u < tokens; u++) {
            int h = hash[u];
            int f = filterBit(h);
            if ((filter[f >>> 6] & 1L << f) != 0 && ScanText.lowerInitial(info[u])) {
                see(u, h);
            }
        }
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) * 0x85EBCA6B;
    }

    private static int filterBit(int h) {
        return h * 0x9E3779B1 >>> 16;
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
        int f = filterBit(h);
        filter[f >>> 6] |= 1L << f;
        pending[f]++;
    }

    private int find(int h) {
        for (int i = slot(h) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                return i;
            }
        }
        return -1;
    }

    private void see(int u, int h) {
        int i = find(h);
        if (i >= 0 && (state[i] & FOUND) == 0) {
            if (st.sameWordIgnoringCase(table[i] - 1, u)) {
                state[i] |= FOUND;
                int f = filterBit(h);
                if (--pending[f] == 0) {
                    filter[f >>> 6] &= ~(1L << f); // later words on this bit would change nothing
                }
            } else {
                state[i] |= OTHER;
            }
        }
    }

    /**
     * Whether sentence opener t occurs in lower case: TRUE or FALSE, or null when this index cannot tell (t is
     * no sentence opener, or shares its hash with another word).
     */
    Boolean occursLowercase(int t) {
        int i = find(st.lowerHash(t));
        if (i < 0 || !st.sameWordIgnoringCase(table[i] - 1, t)) {
            return null;
        }
        if ((state[i] & FOUND) != 0) {
            return Boolean.TRUE;
        }
        return (state[i] & OTHER) != 0 ? null : Boolean.FALSE;
    }
}
