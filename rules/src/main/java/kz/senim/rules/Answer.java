package kz.senim.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer: a value (Boolean for boolean questions, an option id for single choice, a list of option
 * ids for multi choice, a Number for number questions, a String for text) and references to evidence
 * (document ids, links) where the chosen option requires proof.
 */
public record Answer(Object value, List<String> evidence) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Answer of(Object value) {
        return new Answer(value, List.of());
    }

    public static Answer yes() {
        return of(Boolean.TRUE);
    }

    public static Answer no() {
        return of(Boolean.FALSE);
    }

    public static Answer choice(String optionId) {
        return of(optionId);
    }

    public static Answer choices(String... optionIds) {
        return of(List.of(optionIds));
    }

    public static Answer number(double value) {
        return of(value);
    }

    public static Answer text(String value) {
        return of(value);
    }

    public Answer withEvidence(String... references) {
        List<String> all = new ArrayList<>(evidence);
        all.addAll(List.of(references));
        return new Answer(value, all);
    }
}
