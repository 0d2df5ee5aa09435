package kz.senim.gateway.internal;

/** An external (foreign or commercial) model service, or the domestic model in the closed government network. */
enum UpstreamKind {
    EXTERNAL,
    DOMESTIC
}
