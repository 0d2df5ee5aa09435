package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;
import kz.senim.guard.detectors.NameEvidence.Evidence;

/**
 * Person names in Kazakh, Russian (and, by endings and initials, Latin-script) text.
 *
 * <p>Each capitalised word gets a score from the name list (first name, surname, patronymic, in any case
 * form, Kazakh letters folded to Russian ones), from name endings (-ов/-ева, -ович/-овна, -ұлы/-қызы, -бек,
 * -жан...) and, failing both, from the same tests after removing a Kazakh case ending (-ға, -ның, -мен...).
 * Runs of capitalised words ("Surname Name Patronymic", "А. Б. Сейткали", "Қасым-Жомарт Тоқаев") are scored
 * together: two name-like parts, or initials, make a name even when one part is unknown. Stop words (places,
 * titles, organisation words) break runs. Against sentence-initial common words: a word at the start of a
 * sentence supported only by the name list is dropped when the same word also appears in lower case in the text.
 */
public final class NameDetector implements Detector {

    private static final double UNKNOWN = NameEvidence.UNKNOWN;
    private static final double THRESHOLD = 0.5;
    private static final int MAX_CHAIN = 4;
    private static final double FOREIGN = 0.6;
    /** A word seen in a confident multi-word name elsewhere in the text. */
    private static final double PROPAGATED = 0.7;
    private static final ContextWords TITLES = ContextWords.of(
        "г-н", "господин*", "госпож*", "мырза*", "ханым*", "mr", "mrs", "ms", "dr", "сэр", "президент*",
        "министр*", "әкім*", "аким*", "депутат*", "директор*", "генерал*", "профессор*", "доктор*", "журналист*",
        "тренер*", "губернатор*", "мэр*", "председател*", "төраға*", "спикер*", "сенатор*", "судья*", "сотрудни*",
        "адвокат*", "автор*", "актер*", "актёр*", "актриса*", "певец*", "певица*", "ақын*", "жазушы*", "әнші*",
        "режиссер*", "режиссёр*", "композитор*", "художник*", "писател*", "поэт*", "ученый*", "учёный*",
        "бапкер*", "спортшы*", "чемпион*", "саясаткер*", "сарапшы*", "маман*", "қызметкер*", "басшы*",
        "бастығы*", "орынбасар*", "заместител*", "руководител*", "глава", "главы", "лидер*", "премьер*",
        "сказал*", "заявил*", "отметил*", "деді", "айтты", "атты", "есімді", "тегі", "фамили*", "имя", "зовут",
        "гражданин*", "гражданк*", "азамат*", "ағай*", "апай*", "аға", "әпке*", "мұғалім*", "учител*", "врач*",
        "дәрігер*");

    /** Words that announce a person (not a post, which is often followed by an organisation in genitive). */
    private static final ContextWords PERSON_WORDS = ContextWords.of(
        "г-н", "господин*", "госпож*", "мырза*", "ханым*", "mr", "mrs", "ms", "dr", "сэр", "сказал*", "заявил*",
        "отметил*", "продолжил*", "напомнил*", "прогнозирует", "подчеркнул*", "деді", "айтты", "атты", "есімді",
        "зовут", "гражданин*", "гражданк*", "ағай*", "апай*", "әпке*");

    private final NameDictionary dict;

    public NameDetector() {
        this(NameDictionary.shared());
    }

    public NameDetector(NameDictionary dict) {
        this.dict = dict;
    }

    @Override
    public String name() {
        return "person-name";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        NameEvidence evidence = new NameEvidence(dict, st.upperTokenCount());
        Found found = new Found(sink);
        long[] ev = new long[16];
        int next = 0; // tokens before it belong to a run already scored
        for (int k = 0, n = st.upperTokenCount(); k < n; k++) {
            int t = st.upperToken(k);
            if (t < next || !candidate(st, t) || weakSentenceOpener(st, t, evidence)) {
                continue;
            }
            // collect a run of capitalised words joined by a space, a hyphen or an initial's dot
            int first = t;
            int last = t;
            while (candidate(st, last + 1) && joined(st, last, last + 1)) {
                last++;
            }
            int len = last - first + 1;
            if (ev.length < len) {
                ev = new long[len * 2];
            }
            for (int i = 0; i < len; i++) {
                ev[i] = isInitial(st, first + i) ? 0 : evidence.of(st, first + i);
            }
            run(st, first, last, ev, found);
            next = last + 1;
        }
        propagate(st, evidence, found);
    }

    /** Reports single words that were parts of confident multi-word names elsewhere in the text. */
    private void propagate(ScanText st, NameEvidence evidence, Found found) {
        KeySet keys = new KeySet();
        // the last words seen, by their lower-case hash: a surname that recurs spelt alike adds nothing new
        int[] seen = new int[64];
        for (int i = 0; i < found.count; i++) {
            if (found.conf[i] < FOREIGN) {
                continue;
            }
            int a = found.first[i];
            int b = found.last[i];
            if (b - a < 1 || b >= st.tokenCount()) {
                continue; // one word: its own evidence is all there is
            }
            int slot = st.lowerHash(b) & seen.length - 1;
            int u = seen[slot] - 1;
            if (u >= 0 && st.sameChars(u, b)) {
                continue;
            }
            seen[slot] = b + 1;
            // the last word only: the surname of "Name Surname" (a country or a post may open the run)
            long e = isInitial(st, b) ? 0 : evidence.of(st, b);
            if (e != 0 && !Evidence.has(e, Evidence.FIRST_NAME | Evidence.AMBIGUOUS | Evidence.STOP)
                    && plainCyrillic(st, b)) {
                evidence.addKeys(st, b, keys);
            }
        }
        if (keys.size() == 0) {
            return;
        }
        boolean[] heads = keys.heads; // most words are ruled out by their first letters, unfolded
        int covered = 0; // findings are in text order; skip the tokens they cover
        for (int k = 0, n = st.upperTokenCount(); k < n; k++) {
            int t = st.upperToken(k);
            while (covered < found.count && found.end[covered] <= st.start(t)) {
                covered++;
            }
            // the head filter first: it rules out nearly every word, the other tests few
            if (covered < found.count && found.start[covered] < st.end(t) || !headIn(st, t, heads)
                    || !candidate(st, t) || !plainCyrillic(st, t) || !evidence.keyIn(st, t, keys)) {
                continue;
            }
            long e = evidence.of(st, t);
            if (!Evidence.stop(e) && !Evidence.has(e, Evidence.AMBIGUOUS) && !quoted(st, t, t)
                    && !placeNounAfter(st, t)) {
                found.sink.report(FindingType.PERSON_NAME, st.start(t), st.end(t), PROPAGATED);
            }
        }
    }

    private static boolean headIn(ScanText st, int t, boolean[] heads) {
        return NameEvidence.mayHaveKey(st, t, heads);
    }

    /** Passes findings on and keeps their spans and tokens for {@link #propagate}. */
    private static final class Found {
        final FindingSink sink;
        int count;
        int[] start = new int[16];
        int[] end = new int[16];
        int[] first = new int[16];
        int[] last = new int[16];
        double[] conf = new double[16];

        Found(FindingSink sink) {
            this.sink = sink;
        }

        void report(int firstToken, int lastToken, int s, int e, double confidence) {
            sink.report(FindingType.PERSON_NAME, s, e, confidence);
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                first = java.util.Arrays.copyOf(first, count * 2);
                last = java.util.Arrays.copyOf(last, count * 2);
                conf = java.util.Arrays.copyOf(conf, count * 2);
            }
            start[count] = s;
            end[count] = e;
            first[count] = firstToken;
            last[count] = lastToken;
            conf[count] = confidence;
            count++;
        }
    }

    /**
     * A sentence's first word that nothing marks as a name is capitalised only because it opens the sentence
     * ("Вчера Иван...", "Хатты Тоқаевқа..."): keep it out of the run, unless a patronymic follows it, which
     * always comes right after a given name ("Бірлік Берікұлы").
     */
    private static boolean weakSentenceOpener(ScanText st, int t, NameEvidence evidence) {
        if (isInitial(st, t) || !st.sentenceStart(t)) {
            return false;
        }
        long ev = evidence.of(st, t);
        if (Evidence.score(ev) > UNKNOWN || Evidence.stop(ev)) {
            return false;
        }
        int next = t + 1;
        if (candidate(st, next) && joined(st, t, next) && Evidence.patronymic(evidence.of(st, next))) {
            return st.occursLowercase(t);
        }
        return true;
    }

    /** A capitalised letter token that may be part of a name. */
    private static boolean candidate(ScanText st, int t) {
        if (!st.isLetters(t) || !st.has(t, ScanText.UPPER_FIRST)) {
            return false;
        }
        if (st.gluedToPrevious(t) || st.gluedToNext(t)) {
            return false; // glued to digits (letter runs never touch each other)
        }
        int len = st.tokenLength(t);
        if (len == 1) {
            return st.charOr0(st.end(t)) == '.'; // an initial
        }
        if (len <= 4 && st.has(t, ScanText.ALL_UPPER)) {
            return false; // acronyms: РФ, КНР, МВД
        }
        char prev = st.charOr0(st.start(t) - 1);
        return prev != '@' && prev != '/' && prev != '_' && prev != '#';
    }

    private static boolean isInitial(ScanText st, int t) {
        return st.tokenLength(t) == 1;
    }

    /** Whether tokens a and b=a+1 belong to one name: one or two spaces, a hyphen, or an initial's dot. */
    private static boolean joined(ScanText st, int a, int b) {
        int from = st.end(a);
        int to = st.start(b);
        int gap = to - from;
        if (isInitial(st, a)) {
            return gap == 1 || gap == 2 && isSpace(st.charAt(from + 1)); // "А.Б." or "А. Б."
        }
        if (gap == 1) {
            char c = st.charAt(from);
            return isSpace(c) || c == '-';
        }
        return gap == 2 && isSpace(st.charAt(from)) && isSpace(st.charAt(from + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /** Splits a run at stop words; overly long runs (titles, organisation names) are scored word by word. */
    private void run(ScanText st, int first, int last, long[] ev, Found sink) {
        if (last - first + 1 > MAX_CHAIN) {
            for (int t = first; t <= last; t++) {
                single(st, t, ev[t - first], sink);
            }
            return;
        }
        int partStart = first;
        for (int t = first; t <= last + 1; t++) {
            if (t > last || Evidence.stop(ev[t - first])) {
                if (t > partStart) {
                    scorePart(st, partStart, t - 1, ev, partStart - first, sink);
                }
                partStart = t + 1;
            }
        }
    }

    /** Scores a run without stop words. */
    private void scorePart(ScanText st, int first, int last, long[] ev, int off, Found sink) {
        int given = qualifiedName(st, first, last, ev, off);
        if (given > first) {
            scorePart(st, given, last, ev, off + given - first, sink);
            return;
        }
        int len = last - first + 1;
        int initials = 0;
        double best = 0;
        double second = 0;
        for (int t = first; t <= last; t++) {
            if (isInitial(st, t)) {
                initials++;
                continue;
            }
            double s = Evidence.score(ev[off + t - first]);
            if (s > best) {
                second = best;
                best = s;
            } else if (s > second) {
                second = s;
            }
        }
        if (placeNounAfter(st, last)) {
            // "Фёдоров ауданы", "Александр Науменко Қарасу ауданына": the last word names the place
            if (last > first) {
                scorePart(st, first, last - 1, ev, off, sink);
            }
            return;
        }
        int words = len - initials;
        if (words == 0 || quoted(st, first, last)) {
            return; // initials alone, or a title in quotes
        }
        boolean title = wordBefore(st, first, TITLES);
        double conf;
        if (initials > 0 && words <= 2) {
            conf = 0.9;
        } else if (words >= 2 && second >= 0.45) {
            conf = Math.min(0.95, best + 0.2);
        } else if (words >= 2 && best >= 0.65 && words <= 3) {
            conf = best;
        } else if (words >= 2 && title && words <= 3) {
            conf = 0.7;
        } else if (initials == 0 && words >= 2 && words <= 3 && foreignLooking(st, first, last, ev, off)) {
            conf = FOREIGN;
        } else {
            for (int t = first; t <= last; t++) {
                if (!isInitial(st, t)) {
                    single(st, t, ev[off + t - first], sink);
                }
            }
            return;
        }
        int end = st.end(last);
        if (isInitial(st, last)) {
            end++; // keep the initial's dot
        }
        // the token holding the char before the end: the last word, or the one after an initial's dot
        sink.report(first, isInitial(st, last) ? last + 1 : last, st.start(first), end, conf);
    }

    /**
     * Where a full name ("Игоря Щеголёва", "Фрэнк Лэмпард") starts after unlisted words that qualify it (an
     * organisation or a country in the genitive: "главы Минкомсвязи Игоря Щеголёва", "клуба Челси Фрэнк
     * Лэмпард", "фотограф Ассошиэйтед Пресс Билал Хассеин"); first when there is no such start. The name must
     * begin with a listed first name and keep two words; a patronymic at the end means the order "Surname Name
     * Patronymic", whose surname may well be unlisted.
     */
    private static int qualifiedName(ScanText st, int first, int last, long[] ev, int off) {
        if (last - first < 2 || Evidence.patronymic(ev[off + last - first])) {
            return first;
        }
        for (int t = first; t < last - 1; t++) {
            if (isInitial(st, t) || !Evidence.has(ev[off + t - first], Evidence.UNLISTED)
                    || !isSpace(st.charAt(st.end(t)))) {
                return first;
            }
            if (Evidence.has(ev[off + t + 1 - first], Evidence.FIRST_NAME)) {
                return t + 1;
            }
        }
        return first;
    }

    /**
     * Two or three capitalised words in the middle of a sentence, joined by spaces, none of them listed, none an
     * adjective: names the list does not know ("Абдолреза Аббассиан", "Масахару Коно"). Organisation and place
     * names of this shape mostly begin with an adjective ("Южная Осетия", "Ұлттық Банк") or are quoted.
     */
    private static boolean foreignLooking(ScanText st, int first, int last, long[] ev, int off) {
        if (st.sentenceStart(first) || insideGuillemets(st, st.start(first))) {
            return false;
        }
        for (int t = first; t <= last; t++) {
            long e = ev[off + t - first];
            if (!Evidence.has(e, Evidence.UNLISTED) || Evidence.has(e, Evidence.ADJECTIVAL) || !plainCyrillic(st, t)
                    || t > first && !isSpace(st.charAt(st.start(t) - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a « opened before pos (within 80 chars, same sentence) is still open: titles, organisations. */
    private static boolean insideGuillemets(ScanText st, int pos) {
        for (int i = pos - 1; i >= Math.max(0, pos - 80); i--) {
            char c = st.charAt(i);
            if (c == '«') {
                return true;
            }
            if (c == '»' || c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Cyrillic, with only its first letter in capitals (not "МИДа", "АйТи"). */
    private static boolean plainCyrillic(ScanText st, int t) {
        return st.has(t, ScanText.CYRILLIC) && st.tokenLength(t) > 1 && !Character.isUpperCase(st.charAt(st.start(t) + 1));
    }

    /** A lone capitalised word. */
    private void single(ScanText st, int t, long ev, Found sink) {
        if (isInitial(st, t)) {
            return;
        }
        if (Evidence.stop(ev) || quoted(st, t, t) || placeNounAfter(st, t)) {
            return;
        }
        double s = Evidence.score(ev);
        boolean title = s > 0 && wordBefore(st, t, PERSON_WORDS);
        if (title) {
            s = Math.max(s, UNKNOWN) + 0.3;
        }
        if (st.sentenceStart(t) && !title) {
            if (Evidence.dictOnly(ev) && (s < 0.75 || st.occursLowercase(t))) {
                return; // common words used as names: "Роза" elsewhere in lower case, "Власти", "Динамика"
            }
            s -= 0.1;
        }
        if (s >= THRESHOLD) {
            sink.report(t, t, st.start(t), st.end(t), Math.min(0.9, s));
        }
    }

    private static final ContextWords PLACE_NOUNS = ContextWords.of(
        "аудан*", "облыс*", "көше*", "даңғыл*", "атында*", "атты",
        "район*", "улиц*", "проспект*", "бульвар*", "переул*", "площад*", "мемлекеттік", "университет*", "ауыл*",
        "кент*", "қалас*", "город*", "област*", "жолы", "компани*", "банк*", "музе*", "театр*", "станц*",
        "өзен*", "тау*", "көл*", "имени", "named", "street", "avenue", "district", "university");

    /** Whether the run is the whole content of quotes: «Голдман Сакс», "Абай жолы". */
    private static boolean quoted(ScanText st, int first, int last) {
        int i = st.start(first) - 1;
        while (i >= 0 && st.charAt(i) == ' ') {
            i--;
        }
        char open = st.charOr0(i);
        if (open != '«' && open != '"' && open != '“') {
            return false;
        }
        return true;
    }

    /** Whether the next word names a place or an organisation the run qualifies. */
    private static boolean placeNounAfter(ScanText st, int last) {
        int next = last + 1;
        return st.isLetters(next) && st.start(next) - st.end(last) <= 2 && PLACE_NOUNS.matches(st, next);
    }

    /** A title or a reporting verb right before the run ("президент", "мырза", "сказал"). */
    private static boolean wordBefore(ScanText st, int first, ContextWords words) {
        int p = first - 1;
        return st.isLetters(p) && st.start(first) - st.end(p) <= 2 && words.matches(st, p);
    }
}
