package kz.senim.guard;

/** A custom pattern was refused; {@link #getMessage()} says why in words an administrator can act on. */
public class InvalidPatternException extends Exception {

    private final String pattern;

    public InvalidPatternException(String pattern, String reason) {
        super(reason);
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }
}
