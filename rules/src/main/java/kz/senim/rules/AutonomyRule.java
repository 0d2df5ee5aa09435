package kz.senim.rules;

/** When it holds, the autonomy class (Art. 17(2)) is at least {@code autonomyClass}. */
public record AutonomyRule(String id, AutonomyClass autonomyClass, Condition when, Text text, Source source) {
}
