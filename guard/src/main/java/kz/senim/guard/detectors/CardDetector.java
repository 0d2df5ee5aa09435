package kz.senim.guard.detectors;

import kz.senim.guard.Checksums;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Payment card numbers: 13..19 digits, solid or in groups split by one space or dash, passing Luhn and
 * starting with a prefix of a card scheme whose lengths match.
 */
public final class CardDetector implements Detector {

    private static final int MAX_GROUPS = 6;

    @Override
    public String name() {
        return "card";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        int[] groups = new int[MAX_GROUPS];
        // a card's groups are consecutive tokens, all digit runs: skipping them in the digit list skips them all
        int n = st.digitTokenCount();
        int k = 0;
        while (k < n) {
            int t = st.digitToken(k);
            if (st.tokenLength(t) < 4) {
                k++; // too short for a card alone, and a grouped card never starts with a short group
                continue;
            }
            if (st.gluedToPrevious(t) && st.has(t - 1, ScanText.LATIN) || continuesNumber(st, t)) {
                k++;
                continue;
            }
            int count = collect(st, t, groups);
            int used = tryGroups(st, groups, count, sink);
            k += Math.max(1, used);
        }
    }

    /** A group right after "digits-" or "digits " that is itself short belongs to an earlier number. */
    private static boolean continuesNumber(ScanText st, int t) {
        if (t == 0 || !st.isDigits(t - 1) || st.gapBefore(t) != 1) {
            return false;
        }
        char c = st.charAt(st.start(t) - 1);
        return c == '-' || c == '.' || c == ',' || c == '/' || Tokens.isSpace(c) && st.tokenLength(t - 1) <= 6;
    }

    private static int collect(ScanText st, int t, int[] groups) {
        groups[0] = t;
        int count = 1;
        int digits = st.tokenLength(t);
        char sep = 0;
        while (count < MAX_GROUPS && digits < 19) {
            int next = groups[count - 1] + 1;
            if (!st.isDigits(next) || st.gapBefore(next) != 1) {
                break;
            }
            char c = st.charAt(st.start(next) - 1);
            if (!(c == '-' || Tokens.isSpace(c)) || sep != 0 && c != sep) {
                break;
            }
            if (digits + st.tokenLength(next) > 19) {
                break;
            }
            sep = c;
            digits += st.tokenLength(next);
            groups[count++] = next;
        }
        return count;
    }

    /** Tries the longest run of groups first; returns how many groups a reported card used (0 if none). */
    private static int tryGroups(ScanText st, int[] groups, int count, FindingSink sink) {
        for (int k = count; k >= 1; k--) {
            int total = 0;
            for (int g = 0; g < k; g++) {
                total += st.tokenLength(groups[g]);
            }
            if (total < 13 || total > 19) {
                continue;
            }
            if (k > 1 && st.tokenLength(groups[0]) < 4) {
                continue; // cards are grouped 4-4-4-4, 4-6-5 or similar, never led by a short group
            }
            int last = groups[k - 1];
            if (st.gluedToNext(last) && st.has(last + 1, ScanText.LATIN) || continuesAfter(st, last)) {
                continue;
            }
            StringBuilder num = new StringBuilder(total);
            for (int g = 0; g < k; g++) {
                num.append(st.text(), st.start(groups[g]), st.end(groups[g]));
            }
            if (knownPrefix(num) && Checksums.luhn(num)) {
                sink.report(FindingType.PAYMENT_CARD, st.start(groups[0]), st.end(last), 0.95);
                return k;
            }
        }
        return 0;
    }

    /** "...1234-56" or "...1234.567": the number goes on, so it is a code or an amount, not a card. */
    private static boolean continuesAfter(ScanText st, int last) {
        char c = st.charOr0(st.end(last));
        return (c == '-' || c == '.' || c == '/' || c == ',') && Character.isDigit(st.charOr0(st.end(last) + 1));
    }

    private static int prefix(CharSequence s, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** Scheme prefixes and lengths (Visa, Mastercard, Mir, Amex, UnionPay, JCB, Discover, Diners, Maestro). */
    static boolean knownPrefix(CharSequence s) {
        int len = s.length();
        int p1 = prefix(s, 1);
        int p2 = prefix(s, 2);
        int p3 = prefix(s, 3);
        int p4 = prefix(s, 4);
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19;
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return len == 16;
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return len >= 16; // Mir
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15;
        }
        if (p2 == 62 || p4 == 6011 || p2 == 65 || p3 >= 644 && p3 <= 649 || p4 >= 3528 && p4 <= 3589) {
            return len >= 16;
        }
        if (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) {
            return len == 14 || len == 16;
        }
        // Maestro: only its main prefixes; the whole 56..69 range would flag too many order numbers
        return (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 6304 || p4 == 6759 || p4 == 6761 || p4 == 6762
                || p4 == 6763) && len >= 13;
    }
}
