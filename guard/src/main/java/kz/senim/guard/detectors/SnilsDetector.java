package kz.senim.guard.detectors;

import kz.senim.guard.Checksums;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Russian SNILS with a valid control number, written "123-456-789 01" (or with a dash or space before the
 * control number), or as 11 solid digits when "СНИЛС"/"SNILS" stands nearby.
 */
public final class SnilsDetector implements Detector {

    private static final ContextWords CONTEXT = ContextWords.of("снилс", "snils", "страхов*");

    @Override
    public String name() {
        return "ru-snils";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        String s = st.text();
        // a solid SNILS has 11 digits, a grouped one starts with 3
        int[] runs = st.digitTokensOfLength(3, 11);
        TextView digits = new TextView(st);
        for (int k = 0; k < runs.length; k++) {
            int t = runs[k];
            if (st.tokenLength(t) == 11 && Tokens.standaloneNumber(st, t)
                    && Checksums.snilsValid(digits.token(t))
                    && Tokens.contextBeforeToken(st, t, 40, CONTEXT)) {
                sink.report(FindingType.RU_SNILS, st.start(t), st.end(t), 0.9);
            } else if (grouped(st, t)) {
                String d = s.substring(st.start(t), st.end(t)) + s.substring(st.start(t + 1), st.end(t + 1))
                        + s.substring(st.start(t + 2), st.end(t + 2)) + s.substring(st.start(t + 3), st.end(t + 3));
                if (Checksums.snilsValid(d)) {
                    sink.report(FindingType.RU_SNILS, st.start(t), st.end(t + 3), 0.92);
                    while (k + 1 < runs.length && runs[k + 1] <= t + 3) {
                        k++; // the groups t+1..t+3 are used
                    }
                }
            }
        }
    }

    /** Groups 3-3-3-2 joined by dashes (the last join may be a space), nothing glued around. */
    private static boolean grouped(ScanText st, int t) {
        if (st.tokenLength(t) != 3 || !st.isDigits(t + 3) || st.tokenLength(t + 1) != 3
                || !st.isDigits(t + 1) || !st.isDigits(t + 2) || st.tokenLength(t + 2) != 3
                || st.tokenLength(t + 3) != 2) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (st.gapBefore(t + k) != 1) {
                return false;
            }
            char c = st.charAt(st.start(t + k) - 1);
            if (!(c == '-' || k == 3 && Tokens.isSpace(c) || Tokens.isSpace(c) && allSpaces(st, t))) {
                return false;
            }
        }
        char before = st.charOr0(st.start(t) - 1);
        char after = st.charOr0(st.end(t + 3));
        return !Character.isLetterOrDigit(before) && before != '-' && !Character.isLetterOrDigit(after)
                && !(after == '-' && Character.isDigit(st.charOr0(st.end(t + 3) + 1)));
    }

    private static boolean allSpaces(ScanText st, int t) {
        return Tokens.isSpace(st.charAt(st.start(t + 1) - 1)) && Tokens.isSpace(st.charAt(st.start(t + 2) - 1));
    }
}
