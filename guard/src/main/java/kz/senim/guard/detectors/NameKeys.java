package kz.senim.guard.detectors;

/**
 * Document-level evidence: words seen as parts of confident multi-word names ("Джаред Лофнер") are names in
 * the rest of the same text too ("Лофнер предстал...", "Лофнеру предъявлено..."). Keys are folded words and
 * their stems without a Russian or Kazakh case ending, so other case forms match.
 */
final class NameKeys {

    static final int MIN_LENGTH = 3;
    private static final String[] ENDINGS = {
        "ами", "ями", "ого", "его", "ому", "ему", "ом", "ем", "ой", "ей", "ым", "им", "ах", "ях", "ов", "ев",
        "га", "ге", "ка", "ке", "ны", "ни", "ды", "ди", "ты", "ти", "да", "де", "та", "те", "а", "я", "у", "ю",
        "е", "ы", "и", "о"};
    /** Size of the filter of key heads ({@link NameEvidence#mayHaveKey}); a power of two. */
    static final int HEADS = 1 << 14;
    /** The endings grouped by last char, each group in the order above (the first that fits wins). */
    private static final char[][][] BY_LAST = new char[0x500][][];

    static {
        for (String e : ENDINGS) {
            char last = e.charAt(e.length() - 1);
            char[][] old = BY_LAST[last];
            char[][] grown = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = e.toCharArray();
            BY_LAST[last] = grown;
        }
    }

    private NameKeys() {
    }

    /** Length of the folded word without its case ending, keeping at least 3 letters (the word itself if none). */
    static int stemLength(char[] w, int len) {
        char last = len == 0 ? 0 : w[len - 1];
        char[][] group = last < BY_LAST.length ? BY_LAST[last] : null;
        if (group != null) {
            for (char[] e : group) {
                if (len - e.length >= MIN_LENGTH && NameMorphology.endsWith(w, len, e)) {
                    return len - e.length;
                }
            }
        }
        return len;
    }

    /** The filter slot of a hash ({@code h = 31 * h + c}) of a key's head. */
    static int headSlot(int h) {
        return (h ^ h >>> 13) * 0x9E3779B1 >>> 18 & (HEADS - 1);
    }
}
