package kz.senim.gateway.internal;

/** What the gateway does with one type of finding in a request. */
enum Action {
    ALLOW,
    REDACT,
    /** Replaced by a placeholder such as {@code [IIN_1]}, restored in the answer. */
    PSEUDONYMIZE,
    BLOCK,
    /** Sent as is, but only to the organization's domestic model. */
    ROUTE_DOMESTIC
}
