package kz.senim.ledger.internal;

import java.nio.charset.StandardCharsets;
import kz.senim.platform.HmacPool;
import org.springframework.stereotype.Component;

/**
 * Finds a person's entries without storing their IIN: entries carry HMAC-SHA-256(secret, IIN). Without
 * the secret, a table of all 12-digit IINs is of no use.
 */
@Component
class SubjectKeys {

    private final HmacPool macs;

    SubjectKeys(LedgerKeys keys) {
        this.macs = new HmacPool(keys.subjectKey());
    }

    /** The reference on an operator's notice, hashed apart from IINs (its own prefix) and case-insensitively. */
    byte[] ofReference(String reference) {
        return of("ref:" + reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    byte[] of(String iin) {
        return macs.of(iin.strip().getBytes(StandardCharsets.UTF_8));
    }
}
