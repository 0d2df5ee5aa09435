package kz.senim.rules;

/** An obligation that applies when {@code when} holds (null: always, for any system not prohibited). */
public record ObligationRule(String id, Condition when, Text text, Source source) {
}
