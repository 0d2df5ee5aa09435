package kz.senim.cli;

import kz.senim.tlog.Checkpoint;

/** The audit as a library: for monitoring jobs and benchmarks that want the result rather than printed output. */
public final class LogAuditor {

    private final LogClient client;

    public LogAuditor(String log) {
        this.client = new LogClient(log);
    }

    /** The log's newest checkpoint, unverified (benchmarks trust their own server). */
    public Checkpoint checkpoint() {
        String note = client.checkpoint();
        return Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
    }

    public Long audit(Checkpoint checkpoint) {
        return LedgerAudit.firstDisagreement(checkpoint, client);
    }

}
