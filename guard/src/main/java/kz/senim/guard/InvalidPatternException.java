package kz.senim.guard;

/**
 * A custom pattern was refused; {@link #getMessage()} says why in words an administrator can act on (English),
 * {@link #reason()} says it as a code that callers can turn into their own language.
 */
public class InvalidPatternException extends Exception {

    /** Why a pattern was refused. */
    public enum Reason {
        /** Blank pattern. */
        EMPTY,
        /** \1 ... \9. */
        BACKREFERENCE,
        /** \k&lt;name&gt;. */
        NAMED_BACKREFERENCE,
        /** (?=, (?!, (?&lt;=, (?&lt;!. */
        LOOKAROUND,
        /** (?&gt;...). */
        ATOMIC_GROUP,
        /** Not valid RE2 syntax; the message carries the engine's words. */
        SYNTAX,
        /** The pattern matches empty text. */
        MATCHES_EMPTY,
        /** Refused for a reason given only in the message. */
        OTHER
    }

    private final String pattern;
    private final Reason reason;

    public InvalidPatternException(String pattern, String message) {
        this(pattern, Reason.OTHER, message);
    }

    public InvalidPatternException(String pattern, Reason reason, String message) {
        super(message);
        this.pattern = pattern;
        this.reason = reason;
    }

    public String pattern() {
        return pattern;
    }

    public Reason reason() {
        return reason;
    }
}
