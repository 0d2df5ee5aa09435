package kz.senim.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Picks non-overlapping findings: higher confidence first, then the longer span, then the earlier one.
 *
 * <p>Findings are sorted by start and cut into clusters of mutually reachable overlaps; the greedy choice by
 * priority runs inside each cluster only. Findings of different clusters never overlap, so this gives the same
 * result as running the greedy choice over all findings, in about linear time (most clusters have one finding).
 * Sorting and clustering read the starts and ends that {@link Collected} kept as primitives, not the findings.
 */
final class Overlaps {

    private static final Comparator<Finding> PRIORITY = Comparator.comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start);
    private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

    private Overlaps() {
    }

    static List<Finding> resolve(Collected found) {
        List<Finding> all = found.findings();
        int n = all.size();
        if (n <= 1) {
            return all;
        }
        long[] keys = found.sortedKeys();
        int[] ends = found.ends();
        List<Finding> out = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int j = i + 1;
            int reach = ends[(int) keys[i]];
            while (j < n && (int) (keys[j] >>> 32) < reach) {
                reach = Math.max(reach, ends[(int) keys[j]]);
                j++;
            }
            if (j == i + 1) {
                out.add(all.get((int) keys[i]));
            } else {
                List<Finding> cluster = new ArrayList<>(j - i);
                for (int k = i; k < j; k++) {
                    cluster.add(all.get((int) keys[k]));
                }
                resolveCluster(cluster, out);
            }
            i = j;
        }
        return out;
    }

    /** Greedy choice by priority among overlapping findings; appends the kept ones in start order. */
    private static void resolveCluster(List<Finding> cluster, List<Finding> out) {
        List<Finding> byPriority = new ArrayList<>(cluster);
        byPriority.sort(PRIORITY);
        List<Finding> kept = new ArrayList<>();
        // start -> end of the spans kept so far; they never overlap, so a floor/ceiling look-up suffices
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        for (Finding f : byPriority) {
            var before = spans.floorEntry(f.start());
            if (before != null && before.getValue() > f.start()) {
                continue;
            }
            var after = spans.ceilingEntry(f.start());
            if (after != null && after.getKey() < f.end()) {
                continue;
            }
            spans.put(f.start(), f.end());
            kept.add(f);
        }
        kept.sort(BY_START);
        out.addAll(kept);
    }
}
