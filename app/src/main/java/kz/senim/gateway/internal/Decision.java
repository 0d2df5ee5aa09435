package kz.senim.gateway.internal;

/** What the gateway did with a call, as the audit and the dashboards show it. */
enum Decision {
    /** Forwarded unchanged: nothing found, or only allowed types. */
    PASSED,
    /** Forwarded with values redacted or pseudonymized. */
    MASKED,
    /** Sent to the domestic model because of what it contained. */
    ROUTED_DOMESTIC,
    BLOCKED,
    /** The scan failed or timed out: nothing was forwarded. */
    SCAN_FAILED,
    /** Refused before scanning: bad request, unknown model, no access. */
    REJECTED
}
