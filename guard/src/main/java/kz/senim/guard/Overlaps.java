package kz.senim.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Picks non-overlapping findings: higher confidence first, then the longer span, then the earlier one.
 *
 * <p>Findings are sorted by start and cut into clusters of mutually reachable overlaps; the greedy choice by
 * priority runs inside each cluster only. Findings of different clusters never overlap, so this gives the same
 * result as running the greedy choice over all findings, in about linear time (most clusters have one finding).
 */
final class Overlaps {

    private static final Comparator<Finding> PRIORITY = Comparator.comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start);
    private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

    private Overlaps() {
    }

    static List<Finding> resolve(List<Finding> all) {
        if (all.size() <= 1) {
            return all;
        }
        List<Finding> sorted = byStart(all);
        List<Finding> out = new ArrayList<>(sorted.size());
        int n = sorted.size();
        int i = 0;
        while (i < n) {
            int j = i + 1;
            int reach = sorted.get(i).end();
            while (j < n && sorted.get(j).start() < reach) {
                reach = Math.max(reach, sorted.get(j).end());
                j++;
            }
            if (j == i + 1) {
                out.add(sorted.get(i));
            } else {
                resolveCluster(sorted.subList(i, j), out);
            }
            i = j;
        }
        return out;
    }

    /**
     * The findings sorted by start, equal starts in their order in the list (a stable sort): sorting the starts
     * with the index below them as primitives is several times cheaper than sorting the objects by comparator.
     */
    private static List<Finding> byStart(List<Finding> all) {
        int n = all.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) all.get(i).start() << 32 | i;
        }
        Arrays.sort(keys);
        Finding[] sorted = new Finding[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = all.get((int) keys[i]);
        }
        return Arrays.asList(sorted);
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
