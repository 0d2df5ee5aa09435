package kz.senim.guard.detectors;

import kz.senim.guard.Checksums;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Kazakhstan IBAN: "KZ", 2 check digits, 3-digit bank code, 13 alphanumerics (20 chars), ISO 13616 mod 97.
 * Written either solid or in groups of four separated by one space.
 */
public final class IbanDetector implements Detector {

    private static final int LENGTH = 20;

    @Override
    public String name() {
        return "iban";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        char[] iban = new char[LENGTH]; // one for all candidates
        for (int k = 0, n = st.upperTokenCount(); k < n; k++) {
            int t = st.upperToken(k);
            if (st.tokenLength(t) == 2 && !st.gluedToPrevious(t) && st.charAt(st.start(t)) == 'K'
                    && st.charAt(st.start(t) + 1) == 'Z' && st.isDigits(t + 1)) {
                match(st, st.start(t), iban, sink);
            }
        }
    }

    private static final int UNKNOWN = 0;
    private static final int SPACED = 1;
    private static final int SOLID = 2;

    private static void match(ScanText st, int from, char[] iban, FindingSink sink) {
        int i = from;
        int n = st.length();
        int len = 0;
        int groups = UNKNOWN;
        while (i < n && len < LENGTH) {
            char c = st.charAt(i);
            boolean groupEnd = len % 4 == 0 && len > 0;
            if (c == ' ' && groupEnd && groups != SOLID) {
                groups = SPACED;
                i++;
                continue;
            }
            if (groupEnd && groups == UNKNOWN) {
                groups = SOLID;
            }
            if (groups == SPACED && groupEnd && st.charAt(i - 1) != ' ') {
                return; // groups of four must all be separated
            }
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                iban[len++] = c;
            } else if (c >= 'a' && c <= 'z') {
                iban[len++] = (char) (c - 32);
            } else {
                return;
            }
            i++;
        }
        if (len != LENGTH || Character.isLetterOrDigit(st.charOr0(i))) {
            return;
        }
        for (int k = 2; k < 7; k++) {
            if (iban[k] < '0' || iban[k] > '9') {
                return; // check digits and bank code are numeric
            }
        }
        if (Checksums.ibanValid(iban, len)) {
            sink.report(FindingType.IBAN, from, i, 0.99);
        }
    }
}
