package kz.senim.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Finds a person's entries without storing their IIN: entries carry HMAC-SHA-256(secret, IIN). Without
 * the secret, a table of all 12-digit IINs is of no use.
 */
@Component
class SubjectKeys {

    private final SecretKeySpec key;
    private final Queue<Mac> macs = new ConcurrentLinkedQueue<>();

    SubjectKeys(LedgerKeys keys) {
        this.key = new SecretKeySpec(keys.subjectKey(), "HmacSHA256");
    }

    /** The reference on an operator's notice, hashed apart from IINs (its own prefix) and case-insensitively. */
    byte[] ofReference(String reference) {
        return of("ref:" + reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    byte[] of(String iin) {
        // An initialized Mac is reused (doFinal resets it); request threads are virtual, so they share a pool.
        Mac mac = macs.poll();
        if (mac == null) {
            mac = newMac();
        }
        byte[] out = mac.doFinal(iin.strip().getBytes(StandardCharsets.UTF_8));
        macs.offer(mac);
        return out;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
