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
    private static final char[][] ENDING_CHARS = new char[ENDINGS.length][];

    static {
        for (int i = 0; i < ENDINGS.length; i++) {
            ENDING_CHARS[i] = ENDINGS[i].toCharArray();
        }
    }

    private NameKeys() {
    }

    /** Length of the folded word without its case ending, keeping at least 3 letters (the word itself if none). */
    static int stemLength(char[] w, int len) {
        for (char[] e : ENDING_CHARS) {
            if (len - e.length >= MIN_LENGTH && NameMorphology.endsWith(w, len, e)) {
                return len - e.length;
            }
        }
        return len;
    }
}
