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
    private static final int K_DIGITS = Tokenizer.K_DIGITS;
    private static final int K_LETTERS = Tokenizer.K_LETTERS;

    private final String s;
    private final char[] a;
    private final int n;
    private final int count;
    private final int[] start;
    private final int[] end;
    private final int[] hash;
    private final byte[] info;
    private final int atCount;
    private final int[] ats;
    private final int digitCount;
    private final int[] digitTokens;
    private final int upperCount;
    private final int[] upperTokens;
    private final long[] lowerFilter;
    private final int filterShift;
    /** Indexes for {@link #occursLowercase}, built on its first question (most texts ask about few words). */
    private OpenerWords openerWords;
    private DigitRuns digitRuns;
    private LowerWords lowerWords;

    public ScanText(String s) {
        this(s, new Tokenizer());
    }

    /**
     * Reads the tokens of s through a tokenizer that may come from {@link ScanPool}: this text is then valid
     * only until the tokenizer is given back, at the end of the scan.
     */
    ScanText(String s, Tokenizer tk) {
        tk.run(s);
        this.s = s;
        this.n = s.length();
        this.a = tk.chars;
        this.count = tk.count;
        this.start = tk.start;
        this.end = tk.end;
        this.hash = tk.hash;
        this.info = tk.info;
        this.atCount = tk.atCount;
        this.ats = tk.ats;
        this.digitCount = tk.digitCount;
        this.digitTokens = tk.digitTokens;
        this.upperCount = tk.upperCount;
        this.upperTokens = tk.upperTokens;
        this.lowerFilter = tk.lowerFilter;
        this.filterShift = tk.filterShift;
    }

    public String text() {
        return s;
    }

    public int length() {
        return n;
    }

    public char charAt(int i) {
        return a[i];
    }

    /** The char at {@code i}, or 0 outside the text: saves bounds checks in detectors. */
    public char charOr0(int i) {
        return i >= 0 && i < n ? a[i] : 0;
    }

    /** Number of digit-run tokens; {@link #digitToken(int)} gives their indexes in text order. */
    public int digitTokenCount() {
        return digitCount;
    }

    public int digitToken(int k) {
        return digitTokens[k];
    }

    /**
     * The digit-run tokens whose length (up to 19) is one of the given lengths, as token indexes in text order;
     * a fresh array the caller may keep.
     */
    public int[] digitTokensOfLength(int... lengths) {
        if (digitRuns == null) {
            digitRuns = new DigitRuns(this);
        }
        return digitRuns.ofLength(lengths);
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
        for (int i = pos; i < n; i++) {
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

    /** Whether tokens u and t are spelt alike, case included. */
    public boolean sameChars(int u, int t) {
        return Arrays.equals(a, start[u], end[u], a, start[t], end[t]);
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
        if (!mayOccurLowercase(t)) {
            return false;
        }
        if (sentenceStart(t) && has(t, UPPER_FIRST)) {
            if (openerWords == null) {
                openerWords = new OpenerWords(this);
            }
            Boolean known = openerWords.occursLowercase(t);
            if (known != null) {
                return known;
            }
        }
        if (lowerWords == null) {
            lowerWords = new LowerWords(this);
        }
        return lowerWords.contains(t);
    }

    /** False when the tokenizer's filter of lower-case words rules t out. */
    boolean mayOccurLowercase(int t) {
        int b = hash[t] * 0x9E3779B1 >>> filterShift;
        return (lowerFilter[b >>> 6] & 1L << b) != 0;
    }

    /** Lower case through a table ({@link Character#toLowerCase} of the char). */
    public static char lower(char c) {
        return CharClass.lower(c);
    }

    /**
     * Hash of letter token t's chars in lower case, {@code h = 31 * h + lower(c)} from 0 (so the
     * {@link String#hashCode} of the lower-case word): lets detectors rule words out without reading them.
     * 0 for digit runs.
     */
    public int lowerHash(int t) {
        return hash[t];
    }

    /**
     * The first token from t on whose {@link #lowerHash} has its bit set in the filter (bit {@link #hashBit} of a
     * filter of {@code 64 * filter.length} bits, a power of two), or {@link #tokenCount} when none: a detector
     * looking for a few words passes over all tokens in this one tight loop. Digit runs have hash 0.
     */
    public int nextWithHashBit(int t, long[] filter) {
        int shift = 32 - 6 - Integer.numberOfTrailingZeros(filter.length);
        int[] hash = this.hash;
        for (int n = count; t < n; t++) {
            int b = hash[t] * 0x9E3779B1 >>> shift;
            if ((filter[b >>> 6] & 1L << b) != 0) {
                return t;
            }
        }
        return count;
    }

    /** The bit of a lower-case hash in a filter of 2^logBits bits, for {@link #nextWithHashBit}. */
    public static int hashBit(int hash, int logBits) {
        return hash * 0x9E3779B1 >>> 32 - logBits;
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
        return lowerInitial(info[t]);
    }

    static boolean lowerInitial(byte info) {
        return (info & (K_LETTERS | UPPER_FIRST)) == K_LETTERS;
    }

    /** The per-token arrays behind {@link #lowerHash} and the flags, for passes over all tokens. */
    int[] hashes() {
        return hash;
    }

    byte[] infos() {
        return info;
    }

    /** Whether tokens u and t are the same word, ignoring case. */
    boolean sameWordIgnoringCase(int u, int t) {
        return sameLowerCase(start[u], end[u], start[t], end[t]);
    }
}
