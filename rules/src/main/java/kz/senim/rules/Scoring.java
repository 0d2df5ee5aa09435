package kz.senim.rules;

/**
 * The scored impact section, in the style of Canada's Algorithmic Impact Assessment. Raw impact and
 * mitigation are summed separately over visible questions; if mitigation reaches
 * {@code mitigationThresholdPercent} of its maximum, raw impact drops by {@code reductionPercent}.
 * The adjusted impact, as a percentage of the maximum raw impact, meets the thresholds.
 */
public record Scoring(Thresholds thresholds, int mitigationThresholdPercent, int reductionPercent, Source source) {

    /** Lowest percentage of the maximum raw impact that gives each class. */
    public record Thresholds(int medium, int high) {
    }
}
