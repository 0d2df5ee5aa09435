package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates carry no literal user-facing text: every visible text and every text attribute comes from
 * a message key, and every key a template names exists.
 */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");
    private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.-]+)'?[}(]");

    @Test
    void noLiteralTextInTemplates() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            for (Element e : doc.getAllElements()) {
                if (replacesContent(e) || e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("code")) {
                    continue;
                }
                for (TextNode t : e.textNodes()) {
                    if (t.text().codePoints().anyMatch(Character::isLetter)) {
                        problems.add(file.getFileName() + ": <" + e.tagName() + "> \"" + t.text().strip() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    String v = e.attr(attribute);
                    if (!v.isEmpty() && v.codePoints().anyMatch(Character::isLetter) && !isData(e, attribute)) {
                        problems.add(file.getFileName() + ": " + attribute + "=\"" + v + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Properties en = MessagesTest.load("en");
        List<String> missing = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !en.containsKey(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean replacesContent(Element e) {
        return e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert");
    }

    /** A form value that is data (a number, an id), not a text for people. */
    private static boolean isData(Element e, String attribute) {
        return attribute.equals("value") && !e.tagName().equals("button") && !"submit".equals(e.attr("type"));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
