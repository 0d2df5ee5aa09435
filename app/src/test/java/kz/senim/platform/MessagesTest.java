package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message key exists in Kazakh, Russian and English, with the same placeholders and no empty text. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|[a-z]+)}");

    /** All bundles of one language merged; a key defined in two bundles is itself an error. */
    static Properties load(String lang) throws IOException {
        Properties all = new Properties();
        for (String base : WebConfig.basenames()) {
            String path = "/" + base.substring("classpath:".length()) + "_" + lang + ".properties";
            Properties p = new Properties();
            try (var in = MessagesTest.class.getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("%s defined in two bundles", key).isFalse();
                all.setProperty(key, p.getProperty(key));
            }
        }
        return all;
    }

    @Test
    void thereAreBundlesToCheck() {
        assertThat(WebConfig.basenames()).contains("classpath:i18n/messages");
    }

    @Test
    void everyKeyExistsInAllThreeLanguages() throws IOException {
        Properties kk = load("kk");
        Properties ru = load("ru");
        Properties en = load("en");
        assertThat(kk.stringPropertyNames()).as("keys in kk vs en").isEqualTo(en.stringPropertyNames());
        assertThat(ru.stringPropertyNames()).as("keys in ru vs en").isEqualTo(en.stringPropertyNames());
    }

    @Test
    void noTextIsBlankAndPlaceholdersMatch() throws IOException {
        Properties en = load("en");
        for (String lang : new String[] {"kk", "ru"}) {
            Properties other = load(lang);
            for (String key : en.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as("%s in %s", key, lang).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as("placeholders of %s in %s", key, lang)
                        .isEqualTo(placeholders(en.getProperty(key)));
            }
        }
    }

    @Test
    void kazakhTextIsNotRussianCopied() throws IOException {
        Properties kk = load("kk");
        Properties ru = load("ru");
        // A Kazakh sentence identical to the Russian one is an untranslated copy (single loanwords such as
        // «Компания» are legitimately the same).
        Set<String> same = new TreeSet<>();
        for (String key : kk.stringPropertyNames()) {
            String k = kk.getProperty(key);
            if (k.equals(ru.getProperty(key)) && k.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                    && k.trim().split("\\s+").length >= 3) {
                same.add(key);
            }
        }
        assertThat(same).as("Kazakh texts identical to Russian").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
