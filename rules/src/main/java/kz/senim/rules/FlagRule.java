package kz.senim.rules;

/** A flag derived from answers (e.g. critically important ICT infrastructure). Refers to questions only. */
public record FlagRule(String id, Condition when, Text text, Source source) {
}
