package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * E-mail addresses, found from each '@': a local part of ASCII letters, digits and ._%+- and a domain of at
 * least two labels (letters of any script, digits, hyphens) whose last label has two or more letters.
 */
public final class EmailDetector implements Detector {

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        for (int k = 0, n = st.atCount(); k < n; k++) {
            int at = st.atPosition(k);
            int start = at;
            while (start > 0 && localChar(st.charAt(start - 1))) {
                start--;
            }
            while (start < at && st.charAt(start) == '.') {
                start++;
            }
            if (start == at || st.charAt(at - 1) == '.') {
                continue;
            }
            int end = domainEnd(st, at + 1);
            if (end > 0) {
                sink.report(FindingType.EMAIL, start, end, 0.97);
            }
        }
    }

    private static boolean localChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || c == '%' || c == '+' || c == '-';
    }

    private static boolean domainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** End of a valid domain starting at from, or -1. */
    private static int domainEnd(ScanText st, int from) {
        int n = st.length();
        int i = from;
        int labels = 0;
        int lastLabelStart = from;
        int validEnd = -1;
        while (i < n) {
            int ls = i;
            while (i < n && domainChar(st.charAt(i))) {
                i++;
            }
            if (i == ls || st.charAt(ls) == '-' || st.charAt(i - 1) == '-') {
                break;
            }
            labels++;
            lastLabelStart = ls;
            if (labels >= 2 && tld(st, lastLabelStart, i)) {
                validEnd = i;
            }
            if (i < n && st.charAt(i) == '.' && i + 1 < n && domainChar(st.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return validEnd;
    }

    private static boolean tld(ScanText st, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(st.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
