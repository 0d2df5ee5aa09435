package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import kz.senim.guard.InvalidPatternException;
import org.junit.jupiter.api.Test;

/** Every message of the offline commands exists in Kazakh, Russian and English. */
class CliMessagesTest {

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CliMessages.class.getResourceAsStream("messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void sameKeysInAllLanguagesAndAReasonForEveryRefusal() throws Exception {
        Set<Object> en = load("en").keySet();
        assertThat(load("kk").keySet()).isEqualTo(en);
        assertThat(load("ru").keySet()).isEqualTo(en);
        for (InvalidPatternException.Reason r : InvalidPatternException.Reason.values()) {
            assertThat(en).contains("pattern." + r.name());
        }
    }

    @Test
    void kazakhIsTheDefault() {
        assertThat(CliMessages.of("de").get("scan.noSuchFile", "x")).isEqualTo("x: файл табылмады");
        assertThat(CliMessages.of("RU").get("scan.noSuchFile", "x")).isEqualTo("x: файл не найден");
    }
}
