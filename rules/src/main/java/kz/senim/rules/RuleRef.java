package kz.senim.rules;

/** A rule that applied (a prohibited practice hit or an obligation), with its texts and source. */
public record RuleRef(String id, Text text, Source source) {
}
