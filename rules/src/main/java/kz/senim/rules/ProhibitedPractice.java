package kz.senim.rules;

/** A prohibited function: if {@code when} holds, the system is prohibited and nothing else is computed. */
public record ProhibitedPractice(String id, Condition when, Text text, Source source) {
}
