package kz.senim.guard;

import java.util.Arrays;

/**
 * The input split once into digit runs and letter runs, shared by all detectors. Detectors then visit only
 * the few tokens that can start what they look for, which keeps a scan close to one pass over the chars.
 */
public final class ScanText {

    /** Token kinds. */
    public static final int DIGITS = 1;
    public static final int LETTERS = 2;

    /** Token flags for letter runs. */
    public static final int UPPER_FIRST = 1;
    public static final int ALL_UPPER = 2;
    public static final int LATIN = 4;
    public static final int CYRILLIC = 8;
    /** Set on any token that opens a sentence (see {@link #sentenceStart}). */
    public static final int SENTENCE_START = 16;
    private static final int FLAG_MASK = 31;
    private static final int K_DIGITS = 32;
    private static final int K_LETTERS = 64;

    private static final int C_DIGIT = 1;
    private static final int C_LOWER = 2;
    private static final int C_UPPER = 4;
    private static final int C_LATIN = 8;
    private static final int C_CYR = 16;
    private static final int C_AT = 32;
    /** . ! ? line feed and ellipsis: the next token opens a sentence. */
    private static final int C_SENT_END = 64;
    /** Blanks, quotes, brackets and dashes that may stand between a sentence end and its first word. */
    private static final int C_SENT_PASS = 128;
    private static final int C_LETTER = C_LOWER | C_UPPER;
    private static final int TABLE_SIZE = 0x500;
    private static final byte[] CLASS = new byte[TABLE_SIZE];
    private static final char[] LOWER = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            int k = 0;
            if (c >= '0' && c <= '9') {
                k = C_DIGIT;
            } else if (c == '@') {
                k = C_AT;
            } else if (Character.isLetter(c)) {
                k = Character.isUpperCase(c) ? C_UPPER : C_LOWER;
                k |= c >= 0x400 ? C_CYR : C_LATIN;
            }
            CLASS[c] = (byte) (k | punctuation((char) c));
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    private static int punctuation(char c) {
        return switch (c) {
            case '.', '!', '?', '\n', '…' -> C_SENT_END;
            case ' ', '\t', '"', '«', '(', '—', '-', '“', '\'', '\u00A0' -> C_SENT_PASS;
            default -> 0;
        };
    }

    private final String s;
    private final char[] a;
    private int count;
    private int[] start;
    private int[] end;
    /** Per token: the flags in the low bits, {@link #K_DIGITS} or {@link #K_LETTERS} above them. */
    private byte[] info;
    private int atCount;
    private int[] ats = new int[4];
    private int digitCount;
    private int[] digitTokens;
    private int upperCount;
    private int[] upperTokens;
    private LowerWords lowerWords;
    /**
     * Lower-case-initial words chained by a hash of their lower-case chars: {@code chainHead[2p]} is the last such
     * token + 1 (0 = none), {@code chainHead[2p + 1]} its hash (to skip repeats; side by side, one cache miss),
     * {@code chainNext[t]} the previous token + 1 in the same chain.
     */
    private final int[] chainHead;
    private int[] chainNext;
    private final int printMask;
    /** Beyond this many chain steps for one question, all lower-case words are hashed once instead. */
    private static final int MAX_CHAIN_WALK = 64;

    public ScanText(String s) {
        this.s = s;
        this.a = s.toCharArray();
        int guess = Math.max(16, s.length() / 6);
        start = new int[guess];
        end = new int[guess];
        info = new byte[guess];
        digitTokens = new int[Math.max(16, guess / 8)];
        upperTokens = new int[Math.max(16, guess / 4)];
        int bits = Integer.highestOneBit(Math.clamp(s.length(), 1 << 10, 1 << 17));
        chainHead = new int[2 * bits];
        chainNext = new int[guess];
        printMask = bits - 1;
        tokenize();
    }

    private static int classOf(char c) {
        if (c < TABLE_SIZE) {
            return CLASS[c] & 0xFF;
        }
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) ? C_UPPER : C_LOWER;
        }
        return punctuation(c);
    }

    /** One pass over the chars: tokens, their flags, sentence starts, '@' positions and per-kind token lists. */
    private void tokenize() {
        final char[] a = this.a;
        final int n = a.length;
        boolean open = true; // the next token opens a sentence
        int i = 0;
        while (i < n) {
            char c = a[i];
            int k = c < TABLE_SIZE ? CLASS[c] & 0xFF : classOf(c);
            if ((k & C_LETTER) != 0) {
                int st = i++;
                int all = k;
                int any = k;
                int f = open ? SENTENCE_START : 0;
                if ((k & C_UPPER) != 0) {
                    while (i < n) {
                        char d = a[i];
                        int kd = d < TABLE_SIZE ? CLASS[d] & 0xFF : classOf(d);
                        if ((kd & C_LETTER) == 0) {
                            break;
                        }
                        all &= kd;
                        any |= kd;
                        i++;
                    }
                    f |= UPPER_FIRST;
                    if ((any & C_LOWER) == 0) {
                        f |= ALL_UPPER;
                    }
                    if (upperCount == upperTokens.length) {
                        upperTokens = Arrays.copyOf(upperTokens, upperCount * 2);
                    }
                    upperTokens[upperCount++] = count;
                } else {
                    int h = lower(c); // the same hash as wordHash
                    while (i < n) {
                        char d = a[i];
                        int kd = d < TABLE_SIZE ? CLASS[d] & 0xFF : classOf(d);
                        if ((kd & C_LETTER) == 0) {
                            break;
                        }
                        all &= kd;
                        h = 31 * h + (d < TABLE_SIZE ? LOWER[d] : Character.toLowerCase(d));
                        i++;
                    }
                    chain(h, st, i);
                }
                if ((all & C_LATIN) != 0) {
                    f |= LATIN;
                }
                if ((all & C_CYR) != 0) {
                    f |= CYRILLIC;
                }
                add(st, i, K_LETTERS, f);
                open = false;
            } else if ((k & C_DIGIT) != 0) {
                int st = i++;
                while (i < n) {
                    char d = a[i];
                    if (d < '0' || d > '9') {
                        break;
                    }
                    i++;
                }
                if (digitCount == digitTokens.length) {
                    digitTokens = Arrays.copyOf(digitTokens, digitCount * 2);
                }
                digitTokens[digitCount++] = count;
                add(st, i, K_DIGITS, open ? SENTENCE_START : 0);
                open = false;
            } else {
                if ((k & C_SENT_END) != 0) {
                    open = true;
                } else if ((k & C_SENT_PASS) == 0) {
                    open = false;
                    if (k == C_AT) {
                        if (atCount == ats.length) {
                            ats = Arrays.copyOf(ats, atCount * 2);
                        }
                        ats[atCount++] = i;
                    }
                }
                i++;
            }
        }
    }

    private void add(int st, int en, int k, int f) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            info = Arrays.copyOf(info, cap);
        }
        start[count] = st;
        end[count] = en;
        info[count] = (byte) (k | f);
        count++;
    }

    public String text() {
        return s;
    }

    public int length() {
        return s.length();
    }

    public char charAt(int i) {
        return a[i];
    }

    /** The char at {@code i}, or 0 outside the text: saves bounds checks in detectors. */
    public char charOr0(int i) {
        return i >= 0 && i < a.length ? a[i] : 0;
    }

    /** Number of digit-run tokens; {@link #digitToken(int)} gives their indexes in text order. */
    public int digitTokenCount() {
        return digitCount;
    }

    public int digitToken(int k) {
        return digitTokens[k];
    }

    /** Number of letter tokens starting with a capital; {@link #upperToken(int)} gives their indexes in order. */
    public int upperTokenCount() {
        return upperCount;
    }

    public int upperToken(int k) {
        return upperTokens[k];
    }

    public int tokenCount() {
        return count;
    }

    public int start(int t) {
        return start[t];
    }

    public int end(int t) {
        return end[t];
    }

    public int tokenLength(int t) {
        return end[t] - start[t];
    }

    public boolean isDigits(int t) {
        return t >= 0 && t < count && (info[t] & K_DIGITS) != 0;
    }

    public boolean isLetters(int t) {
        return t >= 0 && t < count && (info[t] & K_LETTERS) != 0;
    }

    public int flags(int t) {
        return info[t] & FLAG_MASK;
    }

    public boolean has(int t, int flag) {
        return t >= 0 && t < count && (info[t] & FLAG_MASK & flag) != 0;
    }

    /** True when token t touches the previous token with nothing in between (e.g. "KZ" and "86"). */
    public boolean gluedToPrevious(int t) {
        return t > 0 && t < count && start[t] == end[t - 1];
    }

    public boolean gluedToNext(int t) {
        return t >= 0 && t + 1 < count && end[t] == start[t + 1];
    }

    /** Chars between token t-1 and token t (t > 0). */
    public int gapBefore(int t) {
        return t <= 0 ? start[t] : start[t] - end[t - 1];
    }

    public int atCount() {
        return atCount;
    }

    public int atPosition(int k) {
        return ats[k];
    }

    /** Index of the token containing or starting after char position pos. */
    public int tokenAtOrAfter(int pos) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Compares token t with a lower-case word, ignoring case. */
    public boolean tokenEquals(int t, String lowerWord) {
        int len = end[t] - start[t];
        if (len != lowerWord.length()) {
            return false;
        }
        int st = start[t];
        for (int i = 0; i < len; i++) {
            if (lower(a[st + i]) != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when token t starts with the given lower-case prefix, ignoring case. */
    public boolean tokenStartsWith(int t, String lowerPrefix) {
        int len = end[t] - start[t];
        if (len < lowerPrefix.length()) {
            return false;
        }
        int st = start[t];
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (lower(a[st + i]) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when one of the words (lower-case prefixes) starts one of the letter tokens that end within
     * {@code window} chars before position pos. Used for context such as "ИИН", "паспорт".
     */
    public boolean wordBefore(int pos, int window, String... lowerPrefixes) {
        int t = tokenAtOrAfter(pos) - 1;
        int limit = pos - window;
        for (; t >= 0 && end[t] > limit; t--) {
            if ((info[t] & K_LETTERS) == 0) {
                continue;
            }
            for (String p : lowerPrefixes) {
                if (tokenStartsWith(t, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when position pos starts its line, allowing only blanks, quotes and brackets before it. */
    public boolean atLineStart(int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = a[i];
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!(Character.isWhitespace(c) || c == '«' || c == '"' || c == '\'' || c == '(' || c == '['
                    || c == '“' || c == '„' || c == '*' || c == '#' || c == '>' || c == '-' || c == '—')) {
                return false;
            }
        }
        return true;
    }

    /** True when only blanks and closing punctuation follow pos up to the end of its line. */
    public boolean atLineEnd(int pos) {
        for (int i = pos; i < a.length; i++) {
            char c = a[i];
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!(Character.isWhitespace(c) || c == '»' || c == '"' || c == '\'' || c == ')' || c == ']'
                    || c == '”' || c == '*' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token t opens a sentence: start of text, or only blanks, quotes, brackets and dashes since the
     * last . ! ? … or line break. Computed by the tokenizer.
     */
    public boolean sentenceStart(int t) {
        return (info[t] & SENTENCE_START) != 0;
    }

    /** Whether some lower-case-initial word equal (ignoring case) to token t occurs in this text. */
    public boolean occursLowercase(int t) {
        int h = wordHash(t);
        int p = (h ^ h >>> 15) * 0x9E3779B1 >>> 16 & printMask;
        if (lowerWords == null) {
            // walk the few lower-case words of the same length, first and last letter
            int steps = 0;
            for (int u = chainHead[2 * p] - 1; u >= 0; u = chainNext[u] - 1) {
                if (sameLowerCase(start[u], end[u], start[t], end[t])) {
                    return true;
                }
                if (++steps > MAX_CHAIN_WALK) {
                    lowerWords = new LowerWords(this); // a long chain: hash every lower-case word once
                    return lowerWords.contains(t);
                }
            }
            return false;
        }
        return lowerWords.contains(t);
    }

    /** Lower case through a table for Latin and Cyrillic ({@link Character#toLowerCase} elsewhere). */
    public static char lower(char c) {
        return c < TABLE_SIZE ? LOWER[c] : Character.toLowerCase(c);
    }

    /** Links the lower-case-initial word [st, en), about to become token {@code count}, into its chain. */
    private void chain(int h, int st, int en) {
        int p = (h ^ h >>> 15) * 0x9E3779B1 >>> 16 & printMask;
        int head = chainHead[2 * p] - 1;
        if (count >= chainNext.length) {
            chainNext = Arrays.copyOf(chainNext, Math.max(chainNext.length * 2, count + 1));
        }
        if (head >= 0 && chainHead[2 * p + 1] == h && sameLowerCase(start[head], end[head], st, en)) {
            // a repeat of the chain's last word takes its place, so chains hold mostly distinct words and the
            // next repeat is compared with chars still in the cache rather than with the word's first occurrence
            chainNext[count] = chainNext[head];
            chainHead[2 * p] = count + 1;
            return;
        }
        chainNext[count] = head + 1;
        chainHead[2 * p] = count + 1;
        chainHead[2 * p + 1] = h;
    }

    /** Hash of token t's chars in lower case, as the tokenizer computes it for lower-case-initial words. */
    int wordHash(int t) {
        int h = lower(a[start[t]]);
        for (int i = start[t] + 1; i < end[t]; i++) {
            h = 31 * h + lower(a[i]);
        }
        return h;
    }

    /** Whether the chars [s1, e1) and [s2, e2) are the same word, ignoring case. */
    private boolean sameLowerCase(int s1, int e1, int s2, int e2) {
        int len = e1 - s1;
        if (e2 - s2 != len) {
            return false;
        }
        if (Arrays.equals(a, s1, e1, a, s2, e2)) {
            return true; // mostly: repeats of a lower-case word are spelt alike
        }
        for (int i = 0; i < len; i++) {
            if (a[s1 + i] != a[s2 + i] && lower(a[s1 + i]) != lower(a[s2 + i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether token t is a letter run starting with a lower-case letter. */
    boolean lowerInitialWord(int t) {
        return (info[t] & (K_LETTERS | UPPER_FIRST)) == K_LETTERS;
    }

    /** Whether tokens u and t are the same word, ignoring case. */
    boolean sameWordIgnoringCase(int u, int t) {
        return sameLowerCase(start[u], end[u], start[t], end[t]);
    }
}
