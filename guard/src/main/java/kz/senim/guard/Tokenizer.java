package kz.senim.guard;

import java.util.Arrays;

/**
 * Splits a text into digit runs and letter runs in one pass. Its arrays outlive a scan: {@link ScanPool} hands
 * the same tokenizer to later scans, so a scan of a megabyte does not allocate and zero megabytes of arrays.
 */
final class Tokenizer {

    /** Token kinds, above the flags of {@link ScanText} in {@link #info}. */
    static final int K_DIGITS = 32;
    static final int K_LETTERS = 64;

    /** The text's chars and one 0 after them, which ends every run without a bounds test. */
    char[] chars = new char[64];
    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    /** Per letter token: the {@code 31 * h + c} hash of its chars in lower case (String.hashCode); 0 for digits. */
    int[] hash = new int[16];
    /** Per token: the flags of {@link ScanText} in the low bits, {@link #K_DIGITS} or {@link #K_LETTERS}. */
    byte[] info = new byte[16];
    int digitCount;
    int[] digitTokens = new int[16];
    int upperCount;
    int[] upperTokens = new int[16];
    int atCount;
    int[] ats = new int[4];
    /**
     * A bit per lower-case hash of the lower-case-initial words (a one-hash Bloom filter, sized to the text): a
     * clear bit tells that a word does not occur in lower case without any index.
     */
    long[] lowerFilter = new long[16];
    int filterShift;

    /** Tokenizes s, replacing what the previous scan left. */
    void run(String s) {
        int n = s.length();
        if (chars.length < n + 1) {
            chars = new char[n + 1 + (n >>> 3)];
            int guess = Math.max(16, n / 6);
            start = new int[guess];
            end = new int[guess];
            hash = new int[guess];
            info = new byte[guess];
        }
        s.getChars(0, n, chars, 0);
        chars[n] = 0;
        count = 0;
        digitCount = 0;
        upperCount = 0;
        atCount = 0;
        int bits = Math.clamp(Integer.highestOneBit(Math.max(1, n)) << 1, 1 << 10, 1 << 18);
        if (lowerFilter.length < bits >>> 6) {
            lowerFilter = new long[bits >>> 6];
        } else {
            Arrays.fill(lowerFilter, 0, bits >>> 6, 0L);
        }
        filterShift = 32 - Integer.numberOfTrailingZeros(bits);
        tokenize(chars, n);
    }

    /** Chars and token arrays kept for the next scan; see {@link ScanPool}. */
    long retainedChars() {
        return chars.length + 4L * start.length;
    }

    private static final int LETTER = CharClass.LETTER << CharClass.SHIFT;
    private static final int DIGIT = CharClass.DIGIT << CharClass.SHIFT;
    private static final int UPPER = CharClass.UPPER << CharClass.SHIFT;
    private static final int LOWER = CharClass.LOWER << CharClass.SHIFT;
    private static final int LATIN = CharClass.LATIN << CharClass.SHIFT;
    private static final int CYRILLIC = CharClass.CYRILLIC << CharClass.SHIFT;
    private static final int END = CharClass.SENTENCE_END << CharClass.SHIFT;
    private static final int PASS = CharClass.SENTENCE_PASS << CharClass.SHIFT;
    private static final int AT = CharClass.AT << CharClass.SHIFT;

    private void tokenize(char[] a, int n) {
        int[] both = CharClass.BOTH;
        boolean open = true; // the next token opens a sentence
        int i = 0;
        while (i < n) {
            int v = both[a[i]];
            if ((v & LETTER) != 0) {
                int st = i++;
                int all = v; // NOT_LOWER stays set while no char is in lower case
                int h = (char) v;
                // the 0 after the text is no letter, so the run stops at the end without testing i; four chars
                // a step cut the chain of multiplications behind the hash
                while (true) {
                    int w = both[a[i]];
                    if ((w & LETTER) == 0) {
                        break;
                    }
                    all &= w;
                    int x = both[a[i + 1]];
                    if ((x & LETTER) == 0) {
                        h = 31 * h + (char) w;
                        i++;
                        break;
                    }
                    all &= x;
                    int y = both[a[i + 2]];
                    if ((y & LETTER) == 0) {
                        h = 961 * h + 31 * (char) w + (char) x;
                        i += 2;
                        break;
                    }
                    all &= y;
                    int z = both[a[i + 3]];
                    if ((z & LETTER) == 0) {
                        h = 29791 * h + 961 * (char) w + 31 * (char) x + (char) y;
                        i += 3;
                        break;
                    }
                    all &= z;
                    h = 923521 * h + 29791 * (char) w + 961 * (char) x + 31 * (char) y + (char) z;
                    i += 4;
                }
                int f = open ? ScanText.SENTENCE_START : 0;
                if ((v & UPPER) != 0) {
                    f |= (all & CharClass.NOT_LOWER) != 0 ? ScanText.UPPER_FIRST | ScanText.ALL_UPPER : ScanText.UPPER_FIRST;
                    if (upperCount == upperTokens.length) {
                        upperTokens = Arrays.copyOf(upperTokens, upperCount * 2);
                    }
                    upperTokens[upperCount++] = count;
                } else {
                    int b = h * 0x9E3779B1 >>> filterShift;
                    lowerFilter[b >>> 6] |= 1L << b;
                }
                // LATIN and CYRILLIC sit 1 bit above the flags of ScanText, in the same order
                f |= (all & (LATIN | CYRILLIC)) >>> (CharClass.SHIFT + 1);
                add(st, i, K_LETTERS | f, h);
                open = false;
            } else if ((v & DIGIT) != 0) {
                int st = i++;
                while (a[i] >= '0' && a[i] <= '9') {
                    i++;
                }
                if (digitCount == digitTokens.length) {
                    digitTokens = Arrays.copyOf(digitTokens, digitCount * 2);
                }
                digitTokens[digitCount++] = count;
                add(st, i, K_DIGITS | (open ? ScanText.SENTENCE_START : 0), 0);
                open = false;
            } else {
                // a run of blanks and punctuation: one test per char for the sentence state
                do {
                    if ((v & AT) != 0) {
                        if (atCount == ats.length) {
                            ats = Arrays.copyOf(ats, atCount * 2);
                        }
                        ats[atCount++] = i;
                    }
                    open = (v & END) != 0 | open & (v & PASS) != 0;
                    i++;
                    v = both[a[i]];
                } while ((v & (LETTER | DIGIT)) == 0 && i < n);
            }
        }
    }

    private void add(int st, int en, int info, int h) {
        int t = count;
        if (t == start.length) {
            int cap = t * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            hash = Arrays.copyOf(hash, cap);
            this.info = Arrays.copyOf(this.info, cap);
        }
        start[t] = st;
        end[t] = en;
        hash[t] = h;
        this.info[t] = (byte) info;
        count = t + 1;
    }
}
