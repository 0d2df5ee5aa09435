package kz.senim.guard;

/**
 * Hashes of the lower-case-initial words of a text, for {@link ScanText#occursLowercase}. Built on demand, only
 * when the tokenizer's cheaper fingerprints could not rule a word out.
 */
final class LowerWords {

    private final ScanText st;
    private final long[] table;
    private final int mask;

    LowerWords(ScanText st) {
        this.st = st;
        int n = 0;
        for (int t = 0, count = st.tokenCount(); t < count; t++) {
            if (st.lowerInitialWord(t)) {
                n++;
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
        table = new long[cap];
        mask = cap - 1;
        for (int t = 0, count = st.tokenCount(); t < count; t++) {
            if (st.lowerInitialWord(t)) {
                long h = nonZero(st.lowerHash(t));
                int i = (int) (h ^ (h >>> 29)) & mask;
                while (table[i] != 0 && table[i] != h) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    boolean contains(int t) {
        long h = nonZero(st.lowerHash(t));
        int i = (int) (h ^ (h >>> 29)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
