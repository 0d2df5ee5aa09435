package kz.senim.guard;

/** Check-digit algorithms of the identifiers the guard validates. Inputs are ASCII digit strings. */
public final class Checksums {

    private static final int[] KZ_W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] KZ_W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int[] INN10_W = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11_W = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_W = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Checksums() {
    }

    private static int d(CharSequence s, int i) {
        return s.charAt(i) - '0';
    }

    /**
     * Kazakhstan IIN/BIN control digit of the first 11 digits, or -1 when none exists: weights 1..11 mod 11;
     * a result of 10 means "use weights 3..11,1,2"; 10 again means the number cannot be issued.
     */
    public static int kzControlDigit(CharSequence s, int off) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d(s, off + i) * KZ_W1[i];
        }
        int c = sum % 11;
        if (c == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += d(s, off + i) * KZ_W2[i];
            }
            c = sum % 11;
            if (c == 10) {
                return -1;
            }
        }
        return c;
    }

    public static boolean kzValid(CharSequence s, int off) {
        int c = kzControlDigit(s, off);
        return c >= 0 && c == d(s, off + 11);
    }

    /** Luhn check over digits, any length. */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int v = d(digits, i);
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 / ISO 7064 mod 97-10 over an IBAN without spaces (upper-case letters and digits). */
    public static boolean ibanValid(CharSequence iban) {
        char[] chars = new char[iban.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = iban.charAt(i);
        }
        return ibanValid(chars, chars.length);
    }

    /** {@link #ibanValid(CharSequence)} of {@code iban[0, n)}, read from a caller's buffer. */
    public static boolean ibanValid(char[] iban, int n) {
        if (n < 5) {
            return false;
        }
        // the first four chars move to the end; the remainder is reduced only when large
        long rem = ibanDigits(iban, 4, n, 0);
        rem = rem < 0 ? rem : ibanDigits(iban, 0, 4, rem);
        return rem >= 0 && rem % 97 == 1;
    }

    /** The remainder so far extended by the chars [from, to) of an IBAN (not yet reduced mod 97), or -1. */
    private static long ibanDigits(char[] iban, int from, int to, long rem) {
        for (int k = from; k < to; k++) {
            char c = iban[k];
            if (c >= '0' && c <= '9') {
                rem = rem * 10 + (c - '0');
            } else if (c >= 'A' && c <= 'Z') {
                rem = rem * 100 + (c - 'A' + 10);
            } else {
                return -1;
            }
            if (rem >= 1L << 50) {
                rem %= 97;
            }
        }
        return rem;
    }

    private static int weighted(CharSequence s, int[] w) {
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += d(s, i) * w[i];
        }
        return sum % 11 % 10;
    }

    /** Russian INN: 10 digits (legal entity) or 12 digits (individual), with their control digits. */
    public static boolean innValid(CharSequence s) {
        if (s.length() == 10) {
            return weighted(s, INN10_W) == d(s, 9);
        }
        if (s.length() == 12) {
            return weighted(s, INN11_W) == d(s, 10) && weighted(s, INN12_W) == d(s, 11);
        }
        return false;
    }

    /**
     * Russian SNILS (11 digits): sum of the first 9 digits weighted 9..1; below 100 it is the control number,
     * 100 and 101 give 00, above that take mod 101 (100 again gives 00). Numbers up to 001-001-998 had no
     * control number and are not accepted.
     */
    public static boolean snilsValid(CharSequence s) {
        if (s.length() != 11) {
            return false;
        }
        long body = 0;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            body = body * 10 + d(s, i);
            sum += d(s, i) * (9 - i);
        }
        if (body <= 1001998) {
            return false;
        }
        int c;
        if (sum < 100) {
            c = sum;
        } else if (sum <= 101) {
            c = 0;
        } else {
            c = sum % 101;
            if (c == 100) {
                c = 0;
            }
        }
        return c == d(s, 9) * 10 + d(s, 10);
    }
}
