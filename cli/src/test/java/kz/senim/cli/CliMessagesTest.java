package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Keys the commands name literally ({@code msg.get("...")}, {@code usage("...")}) exist in the bundles. */
    @Test
    void everyKeyTheCommandsUseExists() throws Exception {
        Set<Object> en = load("en").keySet();
        Pattern use = Pattern.compile("(?:\\.get|usage)\\(\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\"");
        List<String> used = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/kz/senim/cli"))) {
            for (Path f : files.toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("gateway.noOrganization", "scan.noSuchFile");
        assertThat(en).containsAll(used);
    }

    @Test
    void kazakhIsTheDefault() {
        assertThat(CliMessages.of("de").get("scan.noSuchFile", "x")).isEqualTo("x: файл табылмады");
        assertThat(CliMessages.of("RU").get("scan.noSuchFile", "x")).isEqualTo("x: файл не найден");
    }
}
