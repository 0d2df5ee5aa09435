package kz.senim.guard.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Readers of the person-name evaluation corpora. Each document becomes a text, its word tokens (spans with at
 * least one letter) and the set of tokens that belong to a person.
 *
 * <ul>
 *   <li>KazNERD (Kazakh, IOB2, CC BY 4.0): one document per sentence, tokens joined by single spaces;
 *       PERSON = B-PERSON/I-PERSON.</li>
 *   <li>FactRuEval-2016 devset (Russian, MIT): the .txt, its .tokens, and the name/surname/patronymic spans of
 *       objects of type Person.</li>
 * </ul>
 */
public final class NameCorpora {

    public record Doc(String id, String text, int[] tokStart, int[] tokEnd, boolean[] person) {
    }

    private NameCorpora() {
    }

    public static List<Doc> kazNerd(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> tags = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    docs.add(sentence("kaznerd-" + n++, words, tags));
                    words.clear();
                    tags.clear();
                }
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            words.add(line.substring(0, sp));
            tags.add(line.substring(sp + 1).endsWith("-PERSON"));
        }
        if (!words.isEmpty()) {
            docs.add(sentence("kaznerd-" + n, words, tags));
        }
        return docs;
    }

    private static Doc sentence(String id, List<String> words, List<Boolean> tags) {
        StringBuilder b = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<Boolean> person = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            int s = b.length();
            b.append(words.get(i));
            if (hasLetter(words.get(i))) {
                spans.add(new int[] {s, b.length()});
                person.add(tags.get(i));
            }
        }
        return doc(id, b.toString(), spans, person);
    }

    public static List<Doc> factRuEval(Path dir) throws IOException {
        List<Path> txts;
        try (Stream<Path> s = Files.list(dir)) {
            txts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path txt : txts) {
            String base = txt.toString().substring(0, txt.toString().length() - 4);
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            // spans: "id type start length ..."; objects: "id Type spanId spanId ... # text"
            Map<String, int[]> spans = new HashMap<>();
            Map<String, String> spanType = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(base + ".spans"), StandardCharsets.UTF_8)) {
                String[] f = line.split("#")[0].trim().split("\\s+");
                if (f.length >= 4) {
                    int st = Integer.parseInt(f[2]);
                    spans.put(f[0], new int[] {st, st + Integer.parseInt(f[3])});
                    spanType.put(f[0] + "/" + f[1], f[1]);
                    spanType.putIfAbsent(f[0], f[1]);
                }
            }
            Set<String> personSpanTypes = Set.of("name", "surname", "patronymic");
            List<int[]> gold = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(base + ".objects"), StandardCharsets.UTF_8)) {
                String[] f = line.split("#")[0].trim().split("\\s+");
                if (f.length < 3 || !f[1].equals("Person")) {
                    continue;
                }
                for (int i = 2; i < f.length; i++) {
                    boolean personPart = false;
                    for (String t : personSpanTypes) {
                        personPart |= spanType.containsKey(f[i] + "/" + t);
                    }
                    if (personPart && spans.containsKey(f[i])) {
                        gold.add(spans.get(f[i]));
                    }
                }
            }
            List<int[]> toks = new ArrayList<>();
            List<Boolean> person = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(base + ".tokens"), StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4) {
                    continue;
                }
                int st = Integer.parseInt(f[1]);
                int en = st + Integer.parseInt(f[2]);
                if (en > text.length() || !hasLetter(text.substring(st, en))) {
                    continue;
                }
                boolean p = false;
                for (int[] g : gold) {
                    p |= st < g[1] && en > g[0];
                }
                toks.add(new int[] {st, en});
                person.add(p);
            }
            docs.add(doc(txt.getFileName().toString(), text, toks, person));
        }
        return docs;
    }

    private static Doc doc(String id, String text, List<int[]> spans, List<Boolean> person) {
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        boolean[] p = new boolean[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
            p[i] = person.get(i);
        }
        return new Doc(id, text, s, e, p);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
