package kz.senim.guard;

/**
 * Per-char classes and lower case for the tokenizer, as tables over all 65,536 chars: one load per char, no
 * range test (only the Latin and Cyrillic lines are touched in practice, so they stay in cache).
 */
final class CharClass {

    static final int DIGIT = 1;
    static final int LOWER = 2;
    static final int UPPER = 4;
    static final int LATIN = 8;
    static final int CYRILLIC = 16;
    static final int AT = 32;
    /** . ! ? line feed and ellipsis: the next token opens a sentence. */
    static final int SENTENCE_END = 64;
    /** Blanks, quotes, brackets and dashes that may stand between a sentence end and its first word. */
    static final int SENTENCE_PASS = 128;
    static final int LETTER = LOWER | UPPER;

    private static final byte[] CLASS = new byte[1 << 16];
    private static final char[] LOWER_CASE = new char[1 << 16];
    /** Both in one int, class above the lower-case char, so the tokenizer's loop does one load per char. */
    static final int[] BOTH = new int[1 << 16];
    static final int SHIFT = 16;
    /** In {@link #BOTH}, above the class: the char is not in lower case (so an AND over a word tells "none is"). */
    static final int NOT_LOWER = 1 << 24;

    static {
        for (int c = 0; c < CLASS.length; c++) {
            int k = 0;
            if (c >= '0' && c <= '9') {
                k = DIGIT;
            } else if (c == '@') {
                k = AT;
            } else if (Character.isLetter(c)) {
                k = Character.isUpperCase(c) ? UPPER : LOWER;
                if (c < 0x500) {
                    k |= c >= 0x400 ? CYRILLIC : LATIN;
                }
            }
            CLASS[c] = (byte) (k | punctuation((char) c));
            LOWER_CASE[c] = Character.toLowerCase((char) c);
            BOTH[c] = (CLASS[c] & 0xFF) << SHIFT | LOWER_CASE[c] | ((CLASS[c] & LOWER) == 0 ? NOT_LOWER : 0);
        }
    }

    private CharClass() {
    }

    private static int punctuation(char c) {
        return switch (c) {
            case '.', '!', '?', '\n', '…' -> SENTENCE_END;
            case ' ', '\t', '"', '«', '(', '—', '-', '“', '\'', '\u00A0' -> SENTENCE_PASS;
            default -> 0;
        };
    }

    static int of(char c) {
        return CLASS[c] & 0xFF;
    }

    static char lower(char c) {
        return LOWER_CASE[c];
    }
}
