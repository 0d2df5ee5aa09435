package kz.senim.guard.detectors;

import java.util.List;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Restricted-distribution markings and secrecy grades.
 *
 * <p>The long phrases ("для служебного пользования", "қызмет бабында пайдалану үшін", "for official use only")
 * are reported wherever they occur: they only ever describe restricted material. Abbreviations (ДСП, ҚБП,
 * FOUO) and secrecy grades ("секретно", "құпия", "особой важности"...) are ordinary words too ("плита ДСП",
 * "құпия ақпарат"), so they count only in marking position: written in capitals as a stamp, alone on their
 * line (a heading or stamp), at the start of a line followed by a copy number, or right after a word such as
 * "гриф", "пометка", "белгі", "marking".
 */
public final class MarkingDetector implements Detector {

    private record Phrase(String[] words, boolean needsPosition, boolean abbreviation) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("для служебного пользования", false),
            phrase("қызмет бабында пайдалану үшін", false),
            phrase("қызмет бабында пайдалануға", false),
            phrase("for official use only", false),
            phrase("official use only", false),
            phrase("особой важности", true),
            phrase("совершенно секретно", true),
            phrase("секретно", true),
            phrase("аса маңызды", true),
            phrase("өте құпия", true),
            phrase("құпия", true),
            phrase("top secret", true),
            phrase("secret", true),
            phrase("confidential", true),
            new Phrase(new String[] {"дсп"}, true, true),
            new Phrase(new String[] {"қбп"}, true, true),
            new Phrase(new String[] {"fouo"}, true, true));

    private static final ContextWords MARK_CONTEXT = ContextWords.of("гриф*", "пометк*", "белгі*", "маркир*",
        "marking*", "classified", "classification", "stamp*", "штамп*", "мөртаңба*", "ограничительн*");
    private static final ContextWords COPY_WORDS = ContextWords.of("экз*", "дана", "данасы", "copy", "№");

    /** Phrases by the lower-case hash of their first word ({@link String#hashCode}), in the order of {@link #PHRASES}. */
    private static final int SLOTS = 64;
    private static final Phrase[][] BY_FIRST_WORD = new Phrase[SLOTS][];
    private static final int[] FIRST_WORD_HASH = new int[SLOTS];
    /** Bit s set when slot s holds phrases: most tokens are ruled out by their hash and one bit. */
    private static final long USED;
    /** One bit of 4,096 per first word's hash: rules out all but about 1 token in 300, where USED lets 1 in 5 by. */
    private static final long[] FIRST_WORDS = new long[64];

    static {
        long used = 0;
        for (Phrase p : PHRASES) {
            int h = p.words[0].hashCode();
            int s = slot(h);
            while ((used >>> s & 1) != 0 && FIRST_WORD_HASH[s] != h) {
                s = (s + 1) & (SLOTS - 1);
            }
            Phrase[] old = BY_FIRST_WORD[s];
            Phrase[] grown = old == null ? new Phrase[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = p;
            BY_FIRST_WORD[s] = grown;
            FIRST_WORD_HASH[s] = h;
            used |= 1L << s;
            int b = filterBit(h);
            FIRST_WORDS[b >>> 6] |= 1L << b;
        }
        USED = used;
    }

    private static int slot(int h) {
        return h * 0x9E3779B1 >>> 26;
    }

    private static int filterBit(int h) {
        return ScanText.hashBit(h, 12);
    }

    private static Phrase phrase(String text, boolean needsPosition) {
        return new Phrase(text.split(" "), needsPosition, false);
    }

    @Override
    public String name() {
        return "marking";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        int n = st.tokenCount();
        for (int t = st.nextWithHashBit(0, FIRST_WORDS); t < n; t = st.nextWithHashBit(t + 1, FIRST_WORDS)) {
            int h = st.lowerHash(t);
            Phrase[] candidates = phrasesOf(h, slot(h));
            if (candidates == null || !st.isLetters(t)) {
                continue;
            }
            for (Phrase p : candidates) {
                int last = match(st, t, p.words);
                if (last < 0) {
                    continue;
                }
                double conf = confidence(st, t, last, p);
                if (conf > 0) {
                    sink.report(FindingType.RESTRICTED_MARKING, st.start(t), st.end(last), conf);
                    t = last;
                    break;
                }
            }
        }
    }

    private static Phrase[] phrasesOf(int h, int s) {
        while ((USED >>> s & 1) != 0) {
            if (FIRST_WORD_HASH[s] == h) {
                return BY_FIRST_WORD[s];
            }
            s = (s + 1) & (SLOTS - 1);
        }
        return null;
    }

    /** Last token of the phrase when tokens from t spell it with blanks in between, else -1. */
    private static int match(ScanText st, int t, String[] words) {
        for (int k = 0; k < words.length; k++) {
            int tk = t + k;
            if (!st.isLetters(tk) || !st.tokenEquals(tk, words[k])) {
                return -1;
            }
            if (k > 0 && !blanks(st, st.end(tk - 1), st.start(tk))) {
                return -1;
            }
        }
        int last = t + words.length - 1;
        // a whole word: not glued to letters or digits on either side
        return st.gluedToPrevious(t) || st.gluedToNext(last) ? -1 : last;
    }

    private static boolean blanks(ScanText st, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(st.charAt(i)) && st.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static double confidence(ScanText st, int first, int last, Phrase p) {
        if (!p.needsPosition) {
            return 0.95;
        }
        boolean upper = true;
        for (int k = first; k <= last; k++) {
            upper &= st.has(k, ScanText.ALL_UPPER);
        }
        if (p.abbreviation && !upper) {
            return 0; // "дсп" in lower case is not a marking
        }
        int start = st.start(first);
        int end = st.end(last);
        boolean lineStart = st.atLineStart(start);
        if (lineStart && st.atLineEnd(end)) {
            return 0.9;
        }
        if (Tokens.contextBeforeToken(st, first, 30, MARK_CONTEXT)) {
            return 0.9;
        }
        if (lineStart && (followedByCopyNumber(st, end) || upper)) {
            return 0.85;
        }
        if (upper && !p.abbreviation && end - start > 4) {
            return 0.8; // a capitalised stamp such as "СЕКРЕТНО" inside a line
        }
        return 0;
    }

    private static boolean followedByCopyNumber(ScanText st, int end) {
        int i = end;
        while (i < st.length() && (st.charAt(i) == ' ' || st.charAt(i) == ',' || st.charAt(i) == '.')) {
            i++;
        }
        if (i < st.length() && st.charAt(i) == '№') {
            return true;
        }
        int t = st.tokenAtOrAfter(i);
        if (t >= st.tokenCount() || st.start(t) != i) {
            return false;
        }
        return COPY_WORDS.matches(st, t);
    }
}
