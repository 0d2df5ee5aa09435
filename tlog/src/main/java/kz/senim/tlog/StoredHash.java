package kz.senim.tlog;

/** A complete-subtree hash to persist, keyed by its node id. */
public record StoredHash(NodeId id, byte[] hash) {
}
