package kz.senim.guard.detectors;

/**
 * Endings that mark Russian and Kazakh surnames, patronymics and given names, and the Kazakh case endings
 * that may follow a name ("Тоқаевқа", "Асқардың"). Works on folded lower-case words (see
 * {@link NameDictionary#fold}), so Kazakh letters appear here in their Russian form (ұлы = улы, қызы = кызы).
 */
final class NameMorphology {

    static final int NONE = 0;
    /** -ов/-ев/-ова/-ева in all Russian cases. */
    static final int SURNAME = 1;
    /** -ин/-ина/-ын: also common nouns (бензин, магазин), so weaker evidence. */
    static final int SURNAME_WEAK = 2;
    static final int PATRONYMIC = 3;
    /** Kazakh given-name elements: -бек, -бай, -жан, -хан, -гул. */
    static final int KAZAKH_NAME = 4;

    private static final String[] PATRONYMIC_ENDINGS = {
        "улы", "кызы", "ович", "евич", "овича", "евича", "овичу", "евичу", "овичем", "евичем", "овиче", "евиче",
        "овна", "евна", "овны", "евны", "овне", "евне", "овну", "евну", "овной", "евной", "ична", "ичны", "ичне",
        "ичну", "ичной", "ьич", "ильич", "ильича", "ильичу", "uly", "kyzy", "ovich", "evich", "ovna", "evna"};

    private static final String[] SURNAME_ENDINGS = {
        "ов", "ев", "ова", "ева", "ову", "еву", "овым", "евым", "ове", "еве", "овой", "евой", "овых", "евых",
        "овыми", "евыми", "ov", "ev", "ova", "eva", "yev", "yeva", "bekov", "bayev", "енко", "швили", "дзе", "янц",
        "ян", "ук", "юк"};

    private static final String[] SURNAME_WEAK_ENDINGS = {
        "ин", "ина", "ину", "иным", "ине", "иной", "иных", "ын", "ына", "ыну", "ыным", "ыне", "ыной"};

    private static final String[] KAZAKH_NAME_ENDINGS = {"бек", "бай", "жан", "хан", "гул", "гали", "даулет",
        "асыл", "бол", "bek", "bay", "zhan"};

    /** Kazakh case endings (folded), longest first so that "-ның" wins over "-ны". */
    static final String[] KAZAKH_CASE_ENDINGS = {
        "нын", "нин", "дын", "дин", "тын", "тин", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
        "нда", "нде", "га", "ге", "ка", "ке", "ны", "ни", "ды", "ди", "ты", "ти", "да", "де", "та", "те", "на",
        "не"};

    /**
     * Endings of adjectives and of common nouns that names do not have, folded: Russian adjectives ("Южной",
     * "Новая"), nouns in -ство, -ние, -ция, -ия, -ость, -тель ("Правительства", "Федерации", "Председатель"),
     * Kazakh adjectives in -лық/-дық/-тық, -лы/-ды/-ты ("Ұлттық", "Федералды") and the possessive -сы/-сі of
     * compounds ("Ресей Федерациясы").
     */
    private static final Endings ADJECTIVE_SET = new Endings(new String[] {
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их",
        "ыми", "ими", "лык", "дык", "тык", "лик", "дик", "тик", "гы", "ги", "кы", "ки", "ство", "ства", "ству",
        "ством", "стве", "ние", "ния", "нию", "нии", "нием", "ция", "ции", "цию", "цией", "ия", "ии", "ость",
        "ости", "остью", "тел", "теля", "телю", "телем", "теле", "тели", "телеи", "лы", "ли", "ды", "ди", "ты",
        "ти", "сы", "си"});

    private static final Endings PATRONYMIC_SET = new Endings(PATRONYMIC_ENDINGS);
    private static final Endings SURNAME_SET = new Endings(SURNAME_ENDINGS);
    private static final Endings SURNAME_WEAK_SET = new Endings(SURNAME_WEAK_ENDINGS);
    private static final Endings KAZAKH_NAME_SET = new Endings(KAZAKH_NAME_ENDINGS);
    private static final Endings CASE_SET = new Endings(KAZAKH_CASE_ENDINGS);

    private NameMorphology() {
    }

    /** Classifies the folded word w[0, len) by its ending; stems must keep at least 3 letters. */
    static int classify(char[] w, int len) {
        if (len == 0) {
            return NONE;
        }
        char last = w[len - 1];
        if (PATRONYMIC_SET.any(w, len, last, 3)) {
            return PATRONYMIC;
        }
        if (SURNAME_SET.any(w, len, last, 3)) {
            return SURNAME;
        }
        if (len >= 5 && SURNAME_WEAK_SET.any(w, len, last, 3)) {
            return SURNAME_WEAK;
        }
        if (KAZAKH_NAME_SET.any(w, len, last, 2)) {
            return KAZAKH_NAME;
        }
        return NONE;
    }

    /** Whether the folded word ends like an adjective (stem of 3 letters or more). */
    static boolean adjectival(char[] w, int len) {
        return len > 0 && ADJECTIVE_SET.any(w, len, w[len - 1], 3);
    }

    /** The Kazakh case endings whose last char is c, longest first (in {@link #KAZAKH_CASE_ENDINGS} order). */
    static char[][] caseEndingsEndingWith(char c) {
        return CASE_SET.endingWith(c);
    }

    static boolean endsWith(char[] w, int len, char[] e) {
        int off = len - e.length;
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            if (w[off + i] != e[i]) {
                return false;
            }
        }
        return true;
    }

    /** Endings grouped by their last char, in their original order, so a word is compared with few of them. */
    private static final class Endings {
        private static final char[][] NONE_FOUND = new char[0][];
        private final char[][][] byLast = new char[0x500][][];

        Endings(String[] endings) {
            for (String e : endings) {
                char last = e.charAt(e.length() - 1);
                char[][] old = byLast[last];
                char[][] grown = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = e.toCharArray();
                byLast[last] = grown;
            }
        }

        char[][] endingWith(char c) {
            char[][] list = c < byLast.length ? byLast[c] : null;
            return list == null ? NONE_FOUND : list;
        }

        boolean any(char[] w, int len, char last, int minStem) {
            for (char[] e : endingWith(last)) {
                if (len - e.length >= minStem && endsWith(w, len, e)) {
                    return true;
                }
            }
            return false;
        }
    }
}
