package kz.senim.ledger.internal;

/** Where an entry stands in the log; {@code replay} when an earlier request with the same key put it there. */
record Sequenced(long index, boolean replay) {
}
