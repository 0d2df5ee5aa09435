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
        StringBuilder iban = new StringBuilder(LENGTH); // one for all candidates
        for (int k = 0, n = st.upperTokenCount(); k < n; k++) {
            int t = st.upperToken(k);
            if (st.tokenLength(t) == 2 && !st.gluedToPrevious(t) && st.charAt(st.start(t)) == 'K'
                    && st.charAt(st.start(t) + 1) == 'Z' && st.isDigits(t + 1)) {
                iban.setLength(0);
                match(st, st.start(t), iban, sink);
            }
        }
    }

    private static void match(ScanText st, int from, StringBuilder iban, FindingSink sink) {
        int i = from;
        int n = st.length();
        Boolean spaced = null;
        while (i < n && iban.length() < LENGTH) {
            char c = st.charAt(i);
            if (c == ' ' && iban.length() % 4 == 0 && iban.length() > 0 && spaced != Boolean.FALSE) {
                spaced = Boolean.TRUE;
                i++;
                continue;
            }
            if (iban.length() % 4 == 0 && iban.length() > 0 && spaced == null) {
                spaced = Boolean.FALSE;
            }
            if (spaced == Boolean.TRUE && iban.length() % 4 == 0 && st.charAt(i - 1) != ' ') {
                return; // groups of four must all be separated
            }
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                iban.append(c);
            } else if (c >= 'a' && c <= 'z') {
                iban.append((char) (c - 32));
            } else {
                return;
            }
            i++;
        }
        if (iban.length() != LENGTH || Character.isLetterOrDigit(st.charOr0(i))) {
            return;
        }
        for (int k = 2; k < 7; k++) {
            if (!Character.isDigit(iban.charAt(k))) {
                return; // check digits and bank code are numeric
            }
        }
        if (Checksums.ibanValid(iban)) {
            sink.report(FindingType.IBAN, from, i, 0.99);
        }
    }
}
