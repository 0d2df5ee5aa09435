package kz.senim.rules;

/**
 * One answer option. {@code impact} and {@code mitigation} are the points it adds to the scored
 * section; {@code requiresEvidence} asks the user to attach proof (consent, audit report, ...).
 */
public record Option(String id, Text text, int impact, int mitigation, boolean requiresEvidence) {

    public static Option of(String id, Text text) {
        return new Option(id, text, 0, 0, false);
    }
}
