package kz.senim.ledger.internal;

/** The idempotency key was used before for a different request. */
class IdempotencyConflict extends RuntimeException {

    final long index;

    IdempotencyConflict(long index) {
        super("idempotency key already used for a different request (entry " + index + ")");
        this.index = index;
    }
}
