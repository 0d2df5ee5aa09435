package kz.senim.guard.tools;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Derives src/main/resources/kz/senim/guard/names/names.tsv.gz from the OpenCorpora name list
 * (lines "Name|Surn|Patr TAB form"): one line per lower-cased form with a bit mask 1 = first name, 2 = surname,
 * 4 = patronymic. Run once when the source list changes:
 * {@code java -cp guard/target/test-classes kz.senim.guard.tools.NameListBuilder ../shared/data/names/opencorpora_names.txt guard/src/main/resources/kz/senim/guard/names/names.tsv.gz}
 */
public final class NameListBuilder {

    private NameListBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Integer> forms = new TreeMap<>();
        for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String form = line.substring(tab + 1).strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
            int bits = 0;
            for (String tag : line.substring(0, tab).split("\\|")) {
                bits |= switch (tag.strip()) {
                    case "Name" -> 1;
                    case "Surn" -> 2;
                    case "Patr" -> 4;
                    default -> 0;
                };
            }
            if (bits != 0 && form.length() > 1) {
                forms.merge(form, bits, (a, b) -> a | b);
            }
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8)) {
            for (var e : forms.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(Integer.toString(e.getValue()));
                w.write('\n');
            }
        }
        System.out.println(forms.size() + " forms written to " + out);
    }
}
