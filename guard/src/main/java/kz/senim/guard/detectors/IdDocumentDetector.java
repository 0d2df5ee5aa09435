package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Kazakhstan identity-card numbers (9 digits) and passport numbers (N + 8 digits). Neither has a check digit,
 * so both are reported only with a context word within 60 chars before them.
 */
public final class IdDocumentDetector implements Detector {

    private static final int WINDOW = 60;
    private static final ContextWords ID_CARD_CONTEXT = ContextWords.of(
        "удостоверен*", "уд", "удост*", "куәлі*", "куали*", "куәлік*", "id", "identity", "identification",
        "ид", "идентификац*");
    private static final ContextWords PASSPORT_CONTEXT = ContextWords.of(
            "паспорт*", "passport*", "төлқұжат*", "толкужат*");

    @Override
    public String name() {
        return "id-document";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        for (int t : st.digitTokensOfLength(8, 9)) {
            int len = st.tokenLength(t);
            if (len == 9 && !st.gluedToPrevious(t) && !st.gluedToNext(t) && Tokens.standaloneNumber(st, t)
                    && Tokens.contextBeforeToken(st, t, WINDOW, ID_CARD_CONTEXT)) {
                sink.report(FindingType.ID_CARD, st.start(t), st.end(t), 0.85);
            } else if (len == 8 && passportLetter(st, t) && !st.gluedToNext(t)
                    && Tokens.contextBeforeToken(st, t - 1, WINDOW, PASSPORT_CONTEXT)) {
                sink.report(FindingType.PASSPORT, st.start(t) - 1, st.end(t), 0.9);
            }
        }
    }

    /** "N" (or the Cyrillic look-alike "Н") glued before the digits, itself a separate word. */
    private static boolean passportLetter(ScanText st, int t) {
        int p = t - 1;
        if (!st.gluedToPrevious(t) || st.tokenLength(p) != 1 || st.gluedToPrevious(p)) {
            return false;
        }
        char c = st.charAt(st.start(p));
        return c == 'N' || c == 'Н';
    }
}
