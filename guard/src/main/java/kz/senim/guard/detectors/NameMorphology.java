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

    private NameMorphology() {
    }

    /** Classifies the folded word w by its ending; stems must keep at least 3 letters. */
    static int classify(CharSequence w) {
        int len = w.length();
        if (endsWithAny(w, PATRONYMIC_ENDINGS, 3)) {
            return PATRONYMIC;
        }
        if (endsWithAny(w, SURNAME_ENDINGS, 3)) {
            return SURNAME;
        }
        if (len >= 5 && endsWithAny(w, SURNAME_WEAK_ENDINGS, 3)) {
            return SURNAME_WEAK;
        }
        if (endsWithAny(w, KAZAKH_NAME_ENDINGS, 2)) {
            return KAZAKH_NAME;
        }
        return NONE;
    }

    private static boolean endsWithAny(CharSequence w, String[] endings, int minStem) {
        for (String e : endings) {
            if (endsWith(w, e) && w.length() - e.length() >= minStem) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWith(CharSequence w, String e) {
        int off = w.length() - e.length();
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < e.length(); i++) {
            if (w.charAt(off + i) != e.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
