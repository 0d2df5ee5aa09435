package kz.senim.rules;

/**
 * One thing that moved between two classifications. {@code field}: prohibited, riskClass,
 * autonomyClass, percentOfMax, reductionApplied, flag, obligation, prohibitedPractice, cleared.
 * For set-like fields, {@code before} is the removed item (or null) and {@code after} the added one.
 */
public record Change(String field, String before, String after) {
}
