package kz.senim.guard;

/** Where a detector reports what it found; the scanner adds the detector's name. */
@FunctionalInterface
public interface FindingSink {
    void report(FindingType type, int start, int end, double confidence);
}
