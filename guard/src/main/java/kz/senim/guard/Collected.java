package kz.senim.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The findings of one scan as reported, with their starts and ends also kept as primitives for {@link Overlaps}:
 * sorting and clustering thousands of findings then read two arrays instead of the finding objects.
 */
final class Collected {

    private final List<Finding> findings = new ArrayList<>();
    /** Per finding in report order: its start in the high 32 bits, its index below (the order of a stable sort). */
    private long[] keys = new long[16];
    private int[] ends = new int[16];
    private boolean inOrder = true;
    private int lastStart;

    void add(Finding f) {
        int i = findings.size();
        if (i == keys.length) {
            keys = Arrays.copyOf(keys, i * 2);
            ends = Arrays.copyOf(ends, i * 2);
        }
        findings.add(f);
        keys[i] = (long) f.start() << 32 | i;
        ends[i] = f.end();
        inOrder &= f.start() >= lastStart;
        lastStart = f.start();
    }

    List<Finding> findings() {
        return findings;
    }

    /** The keys sorted by start, equal starts in report order (each detector reports in text order). */
    long[] sortedKeys() {
        if (!inOrder) {
            Arrays.sort(keys, 0, findings.size());
            inOrder = true;
        }
        return keys;
    }

    /** Ends by report index. */
    int[] ends() {
        return ends;
    }
}
