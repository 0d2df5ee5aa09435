package kz.senim.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the offline commands in Kazakh, Russian or English ({@code kz/senim/cli/messages_*.properties}). */
final class CliMessages {

    static final String[] LANGUAGES = {"kk", "ru", "en"};

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliMessages(String lang) {
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle("kz.senim.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages in kk, ru or en; anything else falls back to Kazakh, the default of every command. */
    static CliMessages of(String lang) {
        for (String l : LANGUAGES) {
            if (l.equalsIgnoreCase(lang)) {
                return new CliMessages(l);
            }
        }
        return new CliMessages("kk");
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
