package kz.senim.guard;

/**
 * One kind of check over a text. Implementations must be thread-safe (one instance serves all scans)
 * and should work from the shared tokens in {@link ScanText} rather than re-reading every char.
 */
public interface Detector {

    /** Stable short name, reported in {@link Finding#detector()}. */
    String name();

    /** Report every candidate; overlaps between detectors are resolved by the scanner. */
    void detect(ScanText text, FindingSink sink);
}
