package kz.senim.tlog;

/**
 * Outcome of a proof verification. Verifiers return a verdict instead of throwing so that
 * callers always get a reason, also for malformed input.
 */
public record Verdict(boolean ok, String reason) {

    private static final Verdict OK = new Verdict(true, "ok");

    public static Verdict valid() {
        return OK;
    }

    public static Verdict invalid(String reason) {
        return new Verdict(false, reason);
    }

    /** Throws a {@link TlogException} carrying the reason unless the verdict is ok. */
    public void orThrow() {
        if (!ok) {
            throw new TlogException(reason);
        }
    }
}
