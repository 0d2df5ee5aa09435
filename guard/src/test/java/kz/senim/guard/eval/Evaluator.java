package kz.senim.guard.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.senim.guard.Finding;
import kz.senim.guard.FindingType;
import kz.senim.guard.LeakGuard;

/**
 * Precision and recall of the guard on the labelled corpora. Identifiers: exact span and type must match.
 * Names: token level (a gold person token counts as found when a PERSON_NAME finding overlaps it).
 * Run as a program to print the report and, with "-v", the name errors of the tuning halves.
 */
public final class Evaluator {

    private final LeakGuard guard;
    private final List<String> errors = new ArrayList<>();

    public Evaluator(LeakGuard guard) {
        this.guard = guard;
    }

    public List<String> errors() {
        return errors;
    }

    public Scores identifiers(List<IdentifierCorpus.Sample> samples) {
        Scores scores = new Scores();
        for (IdentifierCorpus.Sample s : samples) {
            List<Finding> found = guard.scan(s.text()).stream().filter(f -> f.type() != FindingType.PERSON_NAME)
                    .toList();
            boolean[] matched = new boolean[s.gold().size()];
            for (Finding f : found) {
                boolean ok = false;
                for (int g = 0; g < matched.length; g++) {
                    var gold = s.gold().get(g);
                    if (!matched[g] && gold.type() == f.type() && gold.start() == f.start() && gold.end() == f.end()) {
                        matched[g] = true;
                        ok = true;
                        break;
                    }
                }
                if (ok) {
                    scores.get(f.type().name()).tp++;
                } else {
                    scores.get(f.type().name()).fp++;
                    errors.add("FP " + f.type() + " '" + f.text(s.text()) + "' in: " + s.text());
                }
            }
            for (int g = 0; g < matched.length; g++) {
                if (!matched[g]) {
                    var gold = s.gold().get(g);
                    scores.get(gold.type().name()).fn++;
                    errors.add("FN " + gold.type() + " '" + s.text().substring(gold.start(), gold.end()) + "' in: "
                            + s.text());
                }
            }
        }
        return scores;
    }

    /** Token-level counts of person names. */
    public Scores.Count names(List<NameCorpora.Doc> docs) {
        Scores.Count c = new Scores.Count();
        for (NameCorpora.Doc d : docs) {
            List<Finding> found = guard.scan(d.text()).stream().filter(f -> f.type() == FindingType.PERSON_NAME)
                    .toList();
            for (int i = 0; i < d.tokStart().length; i++) {
                boolean predicted = false;
                for (Finding f : found) {
                    if (f.start() < d.tokEnd()[i] && f.end() > d.tokStart()[i]) {
                        predicted = true;
                        break;
                    }
                }
                boolean gold = d.person()[i];
                if (predicted && gold) {
                    c.tp++;
                } else if (predicted) {
                    c.fp++;
                    errors.add("FP " + d.text().substring(d.tokStart()[i], d.tokEnd()[i]) + "  | " + context(d, i));
                } else if (gold) {
                    c.fn++;
                    errors.add("FN " + d.text().substring(d.tokStart()[i], d.tokEnd()[i]) + "  | " + context(d, i));
                }
            }
        }
        return c;
    }

    private static String context(NameCorpora.Doc d, int i) {
        int from = Math.max(0, d.tokStart()[i] - 40);
        int to = Math.min(d.text().length(), d.tokEnd()[i] + 40);
        return d.text().substring(from, to).replace('\n', ' ');
    }

    /** The full report: identifiers, then names on the tuning (first) and held-out (second) halves. */
    public static Report run(boolean keepErrors) throws IOException {
        Report r = new Report();
        Evaluator ids = new Evaluator(LeakGuard.defaults());
        r.identifiers = ids.identifiers(new IdentifierCorpus(20240501L).generate(2000));
        r.identifierErrors = ids.errors;
        Path kaz = SharedData.data("kaznerd/IOB2_test.txt");
        Path ru = SharedData.data("factrueval/devset");
        if (kaz != null && Files.exists(kaz)) {
            List<NameCorpora.Doc> docs = NameCorpora.kazNerd(kaz);
            int half = docs.size() / 2;
            Evaluator dev = new Evaluator(LeakGuard.defaults());
            r.kazDev = dev.names(docs.subList(0, half));
            r.kazTest = new Evaluator(LeakGuard.defaults()).names(docs.subList(half, docs.size()));
            r.nameErrors.addAll(keepErrors ? dev.errors : List.of());
        }
        if (ru != null && Files.isDirectory(ru)) {
            List<NameCorpora.Doc> docs = NameCorpora.factRuEval(ru);
            int half = docs.size() / 2;
            Evaluator dev = new Evaluator(LeakGuard.defaults());
            r.ruDev = dev.names(docs.subList(0, half));
            r.ruTest = new Evaluator(LeakGuard.defaults()).names(docs.subList(half, docs.size()));
            r.nameErrors.addAll(keepErrors ? dev.errors : List.of());
        }
        return r;
    }

    /** Figures of one evaluation run. */
    public static final class Report {
        public Scores identifiers;
        public List<String> identifierErrors = new ArrayList<>();
        public Scores.Count kazDev;
        public Scores.Count kazTest;
        public Scores.Count ruDev;
        public Scores.Count ruTest;
        public final List<String> nameErrors = new ArrayList<>();

        public String markdown() {
            StringBuilder b = new StringBuilder(identifiers.table("Identifiers (generated corpus, seed 20240501, "
                    + "2000 samples per type, half with broken check digits, plus distractors)"));
            b.append("\n### Person names (token level)\n\n| corpus | half | TP | FP | FN | precision | recall |\n"
                    + "|---|---|---:|---:|---:|---:|---:|\n");
            row(b, "KazNERD (kk)", "tuning", kazDev);
            row(b, "KazNERD (kk)", "held-out", kazTest);
            row(b, "FactRuEval (ru)", "tuning", ruDev);
            row(b, "FactRuEval (ru)", "held-out", ruTest);
            return b.toString();
        }

        private static void row(StringBuilder b, String corpus, String half, Scores.Count c) {
            if (c != null) {
                b.append(String.format("| %s | %s | %d | %d | %d | %.4f | %.4f |%n", corpus, half, c.tp, c.fp, c.fn,
                        c.precision(), c.recall()));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        Report r = run(verbose);
        System.out.println(r.markdown());
        if (verbose) {
            r.identifierErrors.stream().limit(200).forEach(System.out::println);
            r.nameErrors.forEach(System.out::println);
        }
    }
}
