package kz.senim.guard.detectors;

import kz.senim.guard.Checksums;

/** Structure rules of Kazakhstan IIN and BIN (both 12 digits with the same control digit). */
public final class KzIds {

    private KzIds() {
    }

    private static int d(CharSequence s, int i) {
        return s.charAt(i) - '0';
    }

    /**
     * IIN: YYMMDD is a real birth date; digit 7 gives century and sex (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s).
     * Digit 7 = 0, which some sources describe for foreigners, is refused: it has no official century meaning
     * and accepting it would let through many random 12-digit numbers.
     */
    public static boolean isIin(CharSequence s, int off) {
        int c = d(s, off + 6);
        if (c < 1 || c > 6) {
            return false;
        }
        int year = 1800 + 100 * ((c - 1) / 2) + d(s, off) * 10 + d(s, off + 1);
        int month = d(s, off + 2) * 10 + d(s, off + 3);
        int day = d(s, off + 4) * 10 + d(s, off + 5);
        return validDate(year, month, day) && Checksums.kzValid(s, off);
    }

    /**
     * BIN: YYMM of registration (month 01..12), digit 5 the entity type (4 resident legal entity, 5 non-resident,
     * 6 individual entrepreneur in joint venture), digit 6 its attribute (0 head office, 1 branch,
     * 2 representative office, 3 peasant farm).
     */
    public static boolean isBin(CharSequence s, int off) {
        int month = d(s, off + 2) * 10 + d(s, off + 3);
        int type = d(s, off + 4);
        int attr = d(s, off + 5);
        return month >= 1 && month <= 12 && type >= 4 && type <= 6 && attr <= 3 && Checksums.kzValid(s, off);
    }

    static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= max;
    }
}
