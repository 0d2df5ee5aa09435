package kz.senim.tlog;

/** Malformed or unusable input (a note, key, checkpoint, tile path, stored hash). The message says why. */
public class TlogException extends RuntimeException {

    public TlogException(String reason) {
        super(reason);
    }

    public TlogException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
