package kz.senim.guard.detectors;

import kz.senim.guard.ScanText;

/** Small token tests shared by the number detectors. */
final class Tokens {

    private Tokens() {
    }

    /**
     * True when digit token t stands alone: not glued to a Latin letter (then it is part of a code such as an
     * IBAN body) and not chained to other digit groups by a single '-', '.', '/' or ','.
     */
    static boolean standaloneNumber(ScanText st, int t) {
        if (st.gluedToPrevious(t) && st.has(t - 1, ScanText.LATIN)) {
            return false;
        }
        if (st.gluedToNext(t) && st.has(t + 1, ScanText.LATIN)) {
            return false;
        }
        if (t > 0 && st.isDigits(t - 1) && st.gapBefore(t) == 1 && joiner(st.charAt(st.start(t) - 1))) {
            return false;
        }
        return !(st.isDigits(t + 1) && st.gapBefore(t + 1) == 1 && joiner(st.charAt(st.end(t))));
    }

    private static boolean joiner(char c) {
        return c == '-' || c == '.' || c == '/' || c == ',' || c == ':';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\t';
    }

    /** Context words within {@code window} chars before pos (letter tokens ending after pos - window). */
    static boolean contextBefore(ScanText st, int pos, int window, ContextWords words) {
        return wordsBefore(st, st.tokenAtOrAfter(pos), pos - window, words);
    }

    /** {@link #contextBefore} at the start of token t, without searching for it. */
    static boolean contextBeforeToken(ScanText st, int t, int window, ContextWords words) {
        return wordsBefore(st, t, st.start(t) - window, words);
    }

    /** One of the words among the letter tokens before token next that end after position limit. */
    private static boolean wordsBefore(ScanText st, int next, int limit, ContextWords words) {
        for (int t = next - 1; t >= 0 && st.end(t) > limit; t--) {
            if (st.isLetters(t) && words.matches(st, t)) {
                return true;
            }
        }
        return false;
    }
}
