package kz.senim.guard;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few tokenizers kept between scans, shared by all guards. Scans run on virtual threads in the gateway, so a
 * thread-local would keep one per thread that ever scanned; a small array of slots keeps one per core at most.
 */
final class ScanPool {

    /** A tokenizer that grew for a text larger than about 4 M chars is left to the garbage collector. */
    private static final long MAX_RETAINED = 8L << 20;
    private static final AtomicReferenceArray<Tokenizer> SLOTS =
            new AtomicReferenceArray<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private ScanPool() {
    }

    static Tokenizer take() {
        for (int i = 0; i < SLOTS.length(); i++) {
            Tokenizer t = SLOTS.getAndSet(i, null);
            if (t != null) {
                return t;
            }
        }
        return new Tokenizer();
    }

    static void give(Tokenizer t) {
        if (t.retainedChars() > MAX_RETAINED) {
            return;
        }
        for (int i = 0; i < SLOTS.length(); i++) {
            if (SLOTS.get(i) == null && SLOTS.compareAndSet(i, null, t)) {
                return;
            }
        }
    }
}
