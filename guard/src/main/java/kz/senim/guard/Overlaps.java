package kz.senim.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Picks non-overlapping findings: higher confidence first, then the longer span, then the earlier one. */
final class Overlaps {

    private static final Comparator<Finding> PRIORITY = Comparator.comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start);

    private Overlaps() {
    }

    static List<Finding> resolve(List<Finding> all) {
        if (all.size() <= 1) {
            return all;
        }
        List<Finding> byPriority = new ArrayList<>(all);
        byPriority.sort(PRIORITY);
        // start -> end of the spans kept so far; spans never overlap, so a floor/ceiling look-up suffices
        TreeMap<Integer, Integer> kept = new TreeMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : byPriority) {
            var before = kept.floorEntry(f.start());
            if (before != null && before.getValue() > f.start()) {
                continue;
            }
            var after = kept.ceilingEntry(f.start());
            if (after != null && after.getKey() < f.end()) {
                continue;
            }
            kept.put(f.start(), f.end());
            out.add(f);
        }
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }
}
