package kz.senim.guard.eval;

import java.util.Map;
import java.util.TreeMap;

/** True/false positive and false negative counts per label, with precision and recall. */
public final class Scores {

    public static final class Count {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    private final Map<String, Count> counts = new TreeMap<>();

    public Count get(String label) {
        return counts.computeIfAbsent(label, k -> new Count());
    }

    public Map<String, Count> all() {
        return counts;
    }

    public String table(String title) {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(title).append("\n\n| type | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        counts.forEach((k, c) -> b.append(String.format("| %s | %d | %d | %d | %.4f | %.4f |%n", k, c.tp, c.fp, c.fn,
                c.precision(), c.recall())));
        return b.toString();
    }
}
