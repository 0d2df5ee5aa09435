package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Phone numbers of Kazakhstan and Russia (country code +7, trunk prefix 8): "+7 701 123 45 67",
 * "8 (727) 250-10-20", "+77011234567", "87011234567", and "(701) 123-45-67" without prefix. The national
 * number has 10 digits and starts with 7 or 6 (Kazakhstan) or 3, 4, 8, 9 (Russia). Digit groups may be split
 * by spaces, dashes, dots or parentheses; a number that continues into more digits is not a phone.
 */
public final class PhoneDetector implements Detector {

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        // a phone uses consecutive tokens, all digit runs, so skipping them in the digit list skips them all
        char[] digits = new char[16];
        int n = st.digitTokenCount();
        int k = 0;
        while (k < n) {
            k += Math.max(1, tryAt(st, st.digitToken(k), digits, sink));
        }
    }

    /** Tries a phone starting at digit token t; digits is a scratch buffer; returns the tokens used or 0. */
    private static int tryAt(ScanText st, int t, char[] digits, FindingSink sink) {
        int start = st.start(t);
        char before = st.charOr0(start - 1);
        boolean plus = before == '+';
        boolean paren = before == '(';
        int spanStart = plus || paren ? start - 1 : start;
        char lead = st.charAt(start);
        int nationalDigits;
        if (plus) {
            if (lead != '7') {
                return 0;
            }
            nationalDigits = 11;
        } else if (paren) {
            nationalDigits = 10; // "(701) 123-45-67"; "8 (701)" is handled from the "8"
        } else if (lead == '8' || lead == '7') {
            nationalDigits = 11;
        } else {
            return 0;
        }
        if (!leftBoundary(st, t, spanStart)) {
            return 0;
        }
        int count = 0; // digits so far; only the first digits.length are kept
        int k = t;
        int groups = 0;
        while (true) {
            int from = st.start(k);
            int tl = st.end(k) - from;
            for (int i = 0; i < tl && count + i < digits.length; i++) {
                digits[count + i] = st.charAt(from + i);
            }
            count += tl;
            groups++;
            if (count >= nationalDigits) {
                break;
            }
            int next = k + 1;
            if (!st.isDigits(next) || !separatorGap(st, st.end(k), st.start(next))) {
                return 0;
            }
            k = next;
        }
        if (count != nationalDigits || !rightBoundary(st, k)) {
            return 0;
        }
        if (groups > 1 && (st.tokenLength(t) > 4 || st.tokenLength(k) > 7)) {
            return 0; // phone groups are short: "8 701 ...", "+7701 123 4567"; "882947561-60" is a code
        }
        char first = digits[nationalDigits - 10];
        if (!(first == '7' || first == '6' || first == '3' || first == '4' || first == '8' || first == '9')) {
            return 0;
        }
        if (nationalDigits == 11 && groups == 1 && !plus && !phoneContext(st, spanStart)) {
            // a bare 11-digit run: accept Kazakhstan mobile shapes only (8/7 + 7xx), Russia's 8 9xx
            char second = digits[1];
            if (!(second == '7' || lead == '8' && second == '9')) {
                return 0;
            }
        }
        double conf = plus || groups > 1 || paren ? 0.9 : 0.8;
        sink.report(FindingType.PHONE, spanStart, st.end(k), conf);
        return k - t + 1;
    }

    private static final ContextWords CONTEXT = ContextWords.of(
            "тел*", "phone*", "моб*", "сот*", "ұялы*", "whatsapp", "call", "звон*");

    private static boolean phoneContext(ScanText st, int pos) {
        return Tokens.contextBefore(st, pos, 30, CONTEXT);
    }

    /** Nothing number-like directly before: no letter/digit, and no "digits-" chain. */
    private static boolean leftBoundary(ScanText st, int t, int spanStart) {
        char c = st.charOr0(spanStart - 1);
        if (Character.isLetterOrDigit(c) || c == '+' || c == '_') {
            return false;
        }
        if (c == '-' || c == '.' || c == '/' || c == ',' || c == ' ') {
            return !Character.isDigit(st.charOr0(spanStart - 2)); // "3476 885026 85975" is one longer number
        }
        return true;
    }

    /** After the last group: no letter, and no further group joined by a dash/dot/space. */
    private static boolean rightBoundary(ScanText st, int k) {
        int end = st.end(k);
        char c = st.charOr0(end);
        if (Character.isLetter(c) || c == '_') {
            return false;
        }
        if (st.isDigits(k + 1) && st.start(k + 1) - end == 1 && (c == '-' || c == '.' || c == ' ')
                && st.tokenLength(k + 1) <= 4) {
            return false;
        }
        return true;
    }

    /** Between groups: 1 or 2 chars out of space, dash, dot, parentheses (e.g. " (", ") ", "-"). */
    private static boolean separatorGap(ScanText st, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = st.charAt(i);
            if (!(c == '-' || c == '(' || c == ')' || c == '.' || Tokens.isSpace(c))) {
                return false;
            }
        }
        return true;
    }
}
