package kz.senim.guard.detectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Capitalised words that are not person names although the name list or a name ending says otherwise: places
 * (several Kazakh cities are also given names in the list), titles and organisation words that stand next to
 * names, months, and short Kazakh/Russian function words. Words are folded (see {@link NameDictionary#fold}).
 */
final class NameStopWords {

    /** Whole words. */
    private static final Set<String> WORDS = new HashSet<>(Arrays.asList(
            // Kazakh and Russian function words and common nouns found in the name list
            "ол", "ал", "ай", "жан", "жана", "бул", "сол", "мен", "биз", "сиз", "олар", "осы", "бир", "ана", "ата",
            "бала", "нур", "ел", "жер", "су", "тан", "кун", "ару", "айым", "дана", "береке", "отан",
            "мир", "гора", "армия", "россия", "ясно", "жаным", "айна",
            "тама", "тамыз", "шилде", "казан", "казань", "наурыз", "мамыр", "маусым", "кантар", "акпан",
            "сауир", "кыркуйек", "караша", "желтоксан", "дуйсенби", "сейсенби", "сарсенби", "бейсенби",
            "жума", "сенби", "жексенби", "январь", "февраль", "март", "апрель", "июнь", "июль", "сентябрь",
            "октябрь", "ноябрь", "декабрь",
            // places
            "алматы", "астана", "нур-султан", "семей", "тараз", "орал", "актау", "актобе", "атырау", "шымкент",
            "караганды", "павлодар", "костанай", "кызылорда", "туркистан", "петропавл", "оскемен", "кокшетау",
            "талдыкорган", "жезказган", "екибастуз", "байконыр", "темиртау", "балхаш", "жетысу", "жетису",
            "алатау", "алтай", "арал", "каспий", "ертис", "есил", "иртыш", "ишим", "сырдария", "туран",
            "казакстан", "казахстан", "москва", "киев", "львов", "минск", "берлин", "пекин", "париж", "лондон",
            "вашингтон", "токио", "турин", "харбин", "ростов", "саратов", "тамбов", "псков", "киров", "орел",
            "кремль", "кремлин", "украина", "молдова", "женева", "аргентина", "палестина", "медина", "азербайжан",
            "азербайджан", "ташкент", "бишкек", "баку", "анкара", "стамбул", "дубай", "сеул", "европа", "азия",
            "америка", "африка", "сибирь", "урал", "волга", "дон", "кавказ", "крым", "омск", "томск", "самара",
            "уфа", "казахстанский", "вена", "рим", "прага", "варшава", "рига", "таллин", "вильнюс", "баласагун",
            // titles and organisation words that stand next to names
            "президент", "премьер", "министр", "аким", "депутат", "генерал", "профессор", "доктор", "академик",
            "господин", "госпожа", "мырза", "ханым", "директор", "председатель", "тораға", "торага", "сенатор",
            "губернатор", "мэр", "патриарх", "папа", "король", "царь", "святой", "апостол", "хан", "султан",
            "бас", "банк", "университет", "институт", "академия", "партия", "фонд", "компания", "музей", "театр",
            "бог", "аллах", "алла", "тенир", "христос", "иисус", "мухаммед", "пайгамбар", "интернет", "google",
            "facebook", "президенти", "министри", "акими", "депутаты", "директоры", "торагасы", "бастыгы",
            "корея", "кореи", "ирак", "дания", "индия", "елбасы", "адам", "ислам", "алла", "кудай", "тенгри",
            // frequent Kazakh sentence openers and numerals that fold onto name forms
            "алайда", "жане", "арине", "азирге", "сонда", "мине", "алты", "алдымен", "айта", "бугин", "казир",
            "кейин", "сондыктан", "дегенмен", "бирак", "ягни", "себеби", "ойткени", "осылайша", "сойтип", "содан",
            "демек", "мысалы", "асиресе", "типти", "сондай", "катты", "талап", "тарихи", "арасында", "атаулы",
            "енбек", "алем", "алемде", "алтын", "аман", "мақсаты", "максаты", "анасы", "акесы", "акеси",
            "бир", "еки", "уш", "торт", "бес", "жети", "сегиз", "тогыз", "он", "жиырма", "отыз", "кырык", "елу",
            "жуз", "мын", "бизде", "сизде", "оларды", "буган", "сонымен", "алгаш", "сосын", "енди", "тагы",
            "кайта", "бурын", "казирги", "биылгы", "биыл", "былтыр", "ертен", "кеше", "кешке", "таңертен",
            "танертен", "кундиз", "тунде", "жыл", "апта", "сагат",
            // Russian sentence openers that are also name forms
            "однако", "также", "тогда", "потом", "вот", "пока", "зато", "надо", "лишь", "даже", "таковых",
            "церковь", "формулы", "интернете", "лента"));

    /** Prefixes: a word starting with one of these (places in every case form, organisation words). */
    private static final String[] PREFIXES = {
        "алмат", "астан", "казакстан", "казахстан", "павлодар", "шымкент", "караганд", "актоб", "атырау",
        "костана", "кызылорд", "туркистан", "туркестан", "петропавл", "оскемен", "кокшета", "талдыкорган",
        "жезказган", "екибастуз", "москв", "росси", "украин", "беларус", "белорус", "киев", "берлин", "пекин",
        "ростов", "саратов", "тамбов", "псков", "молдов", "женев", "европ", "америк", "германи", "франци",
        "итали", "испани", "англи", "британ", "китай", "кытай", "турци", "узбекстан", "узбекистан", "кыргыз",
        "киргиз", "тажик", "таджик", "туркмен", "грузи", "армени", "азербайж", "азербайдж", "иран",
        "сири", "израил", "египет", "египт", "япони", "вьетнам", "монгол", "канад",
        "бразил", "мексик", "австрал", "польш", "латви", "литв", "эстони", "финлянд", "швеци", "норвеги",
        "голланд", "нидерланд", "бельги", "швейцар", "австри", "венгри", "чехи", "словак", "румыни",
        "болгари", "серби", "хорвати", "греци", "кипр", "сибир", "кавказ", "сирдар", "сырдар", "байкал",
        "университет", "институт", "академи", "министер", "министрл", "комитет", "агентств", "департамент",
        "управлени", "корпорац", "ассоциац", "холдинг", "компани", "банк", "партия", "партияс", "республик",
        "мемлекет", "государств", "правительств", "укимет", "парламент", "мажилис", "сенат", "президент",
        "премьер", "прокурат", "полици", "конституц", "кодекс", "закон", "указ", "жарлык", "заннам",
        "азирбайжан", "азербайжан", "русск", "российск", "советск", "казахск", "православн", "церк",
        "американск", "европейск", "московск", "английск", "французск", "немецк", "китайск", "приморь",
        "интернет", "мусульман", "христиан"};

    /** Names that are also common words: they count only next to another name part. */
    private static final Set<String> AMBIGUOUS_WORDS = new HashSet<>(Arrays.asList(
            "вера", "веры", "вере", "веру", "надежда", "надежды", "любовь", "любви", "слава", "славы", "роза",
            "розы", "лев", "льва", "ника", "май", "мая", "август", "августа", "марта", "роман", "романа",
            "романе", "азамат", "бакыт", "динамика", "власти", "острова", "острове", "весьма", "палаты",
            "совета", "движения", "правительства"));

    static final int NONE = 0;
    static final int STOP = 1;
    static final int AMBIGUOUS = 2;

    /** WORDS and AMBIGUOUS_WORDS in one table: bit 1 stop word, bit 2 ambiguous name. */
    private static final WordTable WHOLE;
    /** First three chars of the prefixes, mapped to an index in {@link #PREFIX_GROUPS}. */
    private static final WordTable HEADS;
    private static final char[][][] PREFIX_GROUPS;

    static {
        // entries are folded like the words they are compared with ("кремль" -> "кремл", "мақсаты" -> "максаты")
        Map<String, Integer> whole = new LinkedHashMap<>();
        WORDS.forEach(w -> whole.merge(fold(w), STOP, (a, b) -> a | b));
        AMBIGUOUS_WORDS.forEach(w -> whole.merge(fold(w), AMBIGUOUS, (a, b) -> a | b));
        WHOLE = new WordTable(whole.keySet().toArray(new String[0]),
                whole.values().stream().mapToInt(Integer::intValue).toArray());
        Map<String, List<char[]>> byHead = new LinkedHashMap<>();
        for (String p : PREFIXES) {
            String f = fold(p);
            byHead.computeIfAbsent(f.substring(0, 3), k -> new ArrayList<>()).add(f.toCharArray());
        }
        String[] heads = byHead.keySet().toArray(new String[0]);
        int[] index = new int[heads.length];
        PREFIX_GROUPS = new char[heads.length][][];
        for (int i = 0; i < heads.length; i++) {
            index[i] = i;
            PREFIX_GROUPS[i] = byHead.get(heads[i]).toArray(new char[0][]);
        }
        HEADS = new WordTable(heads, index);
    }

    private NameStopWords() {
    }

    private static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char f = NameDictionary.fold(w.charAt(i));
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString();
    }

    /**
     * STOP, AMBIGUOUS or NONE for the folded word w[0, len); {@code prefixHash[k]} is the {@link WordTable#hash}
     * of w[0, k). A stop word wins over an ambiguous name.
     */
    static int kind(char[] w, int len, int[] prefixHash) {
        int v = WHOLE.get(w, len, prefixHash[len]);
        if (v >= 0 && (v & STOP) != 0) {
            return STOP;
        }
        if (len >= 3) {
            int g = HEADS.get(w, 3, prefixHash[3]);
            if (g >= 0) {
                for (char[] p : PREFIX_GROUPS[g]) {
                    if (p.length <= len && java.util.Arrays.equals(p, 0, p.length, w, 0, p.length)) {
                        return STOP;
                    }
                }
            }
        }
        return v >= 0 && (v & AMBIGUOUS) != 0 ? AMBIGUOUS : NONE;
    }
}
