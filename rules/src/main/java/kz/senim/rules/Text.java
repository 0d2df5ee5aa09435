package kz.senim.rules;

import java.util.ArrayList;
import java.util.List;

/** A text in the three languages the UI shows: Kazakh, Russian, English. */
public record Text(String kk, String ru, String en) {

    /** Languages the validator checks, in the order problems are reported. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    public static Text of(String kk, String ru, String en) {
        return new Text(kk, ru, en);
    }

    /** The text in a language code (kk, ru, en); falls back to Russian, then English. */
    public String in(String language) {
        String value = switch (language) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        return isBlank(value) ? (isBlank(ru) ? en : ru) : value;
    }

    /** Language codes whose text is missing or blank. */
    public List<String> missingLanguages() {
        List<String> missing = new ArrayList<>();
        if (isBlank(kk)) missing.add("kk");
        if (isBlank(ru)) missing.add("ru");
        if (isBlank(en)) missing.add("en");
        return missing;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
