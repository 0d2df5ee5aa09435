package kz.senim.rules;

/** The pack file is not well-formed (bad YAML/JSON, unknown field, wrong value type). */
public class RulePackFormatException extends RuntimeException {

    private final String path;

    public RulePackFormatException(String message, String path, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** Where in the file the problem is, as Jackson reports it. */
    public String path() {
        return path;
    }
}
