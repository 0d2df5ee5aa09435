package kz.senim.ledger;

/** What a ledger entry records. */
public enum EntryKind {
    /** An AI-assisted decision about a person. */
    DECISION,
    /** A change in a system's life: model, dataset or parameters changed, deployment, suspension, incident. */
    LIFECYCLE,
    /** The outcome of a person's appeal against a decision. */
    APPEAL_OUTCOME,
    /** A named human signed a provisional decision off (or overrode it). */
    SIGN_OFF
}
