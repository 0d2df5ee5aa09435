package kz.senim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.senim.guard.Finding;
import kz.senim.guard.InvalidPatternException;
import kz.senim.guard.LeakGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scans files or standard input with the leak guard, offline, and prints one JSON object per finding. The value
 * found is never printed unless asked for, so the output can be kept in logs and tickets.
 */
@Command(name = "scan", description = {
    "Find personal data and restricted markings in text, PDF and DOCX files (or standard input) with the leak "
            + "guard, offline. Prints one JSON line per finding: "
            + "{\"file\",\"type\",\"start\",\"end\",\"detector\",\"confidence\"}, offsets in the extracted text.",
    "Exit codes: 0 nothing found, 1 findings, 2 a file or an option could not be used."})
final class ScanCommand implements Callable<Integer> {

    static final int NOTHING_FOUND = 0;
    static final int FOUND = 1;
    static final int BAD_INPUT = 2;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "files to scan; none or - reads standard input")
    List<String> files = new ArrayList<>();

    @Option(names = "--terms", paramLabel = "FILE",
            description = "confidential terms, one per line (UTF-8; blank lines and lines starting with # skipped)")
    Path terms;

    @Option(names = "--pattern", paramLabel = "NAME=REGEX",
            description = "a custom pattern (RE2 syntax); refused with the reason when it cannot run in linear time")
    List<String> patterns = new ArrayList<>();

    @Option(names = "--min-confidence", defaultValue = "0.5", description = "report findings at or above (default 0.5)")
    double minConfidence;

    @Option(names = "--show-values", description = "also print the text found (\"value\"); off by default")
    boolean showValues;

    @Option(names = "--lang", defaultValue = "kk", description = "language of messages: kk, ru or en (default kk)")
    String lang;

    @Override
    public Integer call() throws IOException {
        CliMessages msg = CliMessages.of(lang);
        LeakGuard guard = guard(msg);
        if (guard == null) {
            return BAD_INPUT;
        }
        if (files.isEmpty()) {
            files.add("-");
        }
        boolean found = false;
        boolean failed = false;
        PrintStream out = System.out;
        for (String file : files) {
            String text;
            try {
                text = DocumentText.extract(read(file));
            } catch (NoSuchFileException e) {
                System.err.println(msg.get("scan.noSuchFile", file));
                failed = true;
                continue;
            } catch (IOException e) {
                System.err.println(msg.get("scan.unreadable", file, String.valueOf(e.getMessage())));
                failed = true;
                continue;
            } catch (DocumentText.UnreadableException e) {
                System.err.println(msg.get(e.key(), file, String.valueOf(e.getMessage())));
                failed = true;
                continue;
            }
            for (Finding f : guard.scan(text)) {
                found = true;
                out.write(line(file, f, text));
            }
            out.flush();
        }
        return failed ? BAD_INPUT : found ? FOUND : NOTHING_FOUND;
    }

    private static byte[] read(String file) throws IOException {
        return file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    }

    private byte[] line(String file, Finding f, String text) {
        ObjectNode o = ApiClient.JSON.createObjectNode();
        o.put("file", file);
        o.put("type", f.type().name());
        o.put("start", f.start());
        o.put("end", f.end());
        o.put("detector", f.detector());
        o.put("confidence", f.confidence());
        if (showValues) {
            o.put("value", f.text(text));
        }
        return (ApiClient.JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The guard with the given terms and patterns, or null after explaining what is wrong with them. */
    private LeakGuard guard(CliMessages msg) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            System.err.println(msg.get("scan.badConfidence", minConfidence));
            return null;
        }
        LeakGuard.Builder b = LeakGuard.builder().addBuiltIns().minConfidence(minConfidence);
        if (terms != null) {
            try {
                List<String> list = Files.readAllLines(terms, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                b.addTerms(baseName(terms), list);
            } catch (IOException | java.io.UncheckedIOException e) {
                System.err.println(msg.get("scan.termsUnreadable", terms, String.valueOf(e.getMessage())));
                return null;
            }
        }
        for (String p : patterns) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                System.err.println(msg.get("scan.patternFormat", p));
                return null;
            }
            try {
                b.addPattern(p.substring(0, eq), p.substring(eq + 1));
            } catch (InvalidPatternException e) {
                String why = msg.get("pattern." + e.reason().name(), e.getMessage());
                System.err.println(msg.get("scan.patternRefused", p.substring(0, eq), why));
                return null;
            }
        }
        return b.build();
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
