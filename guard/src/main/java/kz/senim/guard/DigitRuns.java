package kz.senim.guard;

import java.util.Arrays;

/**
 * The digit tokens of a text grouped by length, built on the first question: the number detectors each want
 * runs of one or two lengths (12 for an IIN, 10 or 12 for an INN...), so one pass over all digit runs replaces
 * a pass per detector, and each detector then visits its candidates only.
 */
final class DigitRuns {

    /** Longest run grouped; longer runs are in no group (no identifier is longer than a card's 19 digits). */
    static final int MAX = 19;

    /** Group l is tokens[from[l] .. from[l + 1]). */
    private final int[] from = new int[MAX + 2];
    private final int[] tokens;

    DigitRuns(ScanText st) {
        int n = st.digitTokenCount();
        byte[] lengths = new byte[n];
        int[] counts = new int[MAX + 2];
        for (int k = 0; k < n; k++) {
            int len = Math.min(st.tokenLength(st.digitToken(k)), MAX + 1);
            lengths[k] = (byte) len;
            counts[len]++;
        }
        for (int len = 1; len <= MAX + 1; len++) {
            from[len] = from[len - 1] + counts[len - 1];
        }
        tokens = new int[from[MAX + 1]];
        int[] next = from.clone();
        for (int k = 0; k < n; k++) {
            int len = lengths[k];
            if (len <= MAX) {
                tokens[next[len]++] = st.digitToken(k);
            }
        }
    }

    /** The digit tokens of exactly one of the lengths, in text order. */
    int[] ofLength(int... lengths) {
        int total = 0;
        for (int len : lengths) {
            total += len >= 1 && len <= MAX ? from[len + 1] - from[len] : 0;
        }
        int[] out = new int[total];
        int at = 0;
        for (int len : lengths) {
            if (len >= 1 && len <= MAX) {
                System.arraycopy(tokens, from[len], out, at, from[len + 1] - from[len]);
                at += from[len + 1] - from[len];
            }
        }
        if (lengths.length > 1) {
            Arrays.sort(out); // token indexes: text order
        }
        return out;
    }
}
