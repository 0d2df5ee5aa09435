package kz.senim.platform;

import java.security.GeneralSecurityException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 under one key, on hot paths. Looking up and initializing a {@link Mac} costs more than using it;
 * request threads are virtual, so a thread-local one would be made anew for every request. Initialized ones
 * are kept in a pool instead ({@code doFinal} resets them).
 */
public final class HmacPool {

    private final SecretKeySpec key;
    private final Queue<Mac> idle = new ConcurrentLinkedQueue<>();

    public HmacPool(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** HMAC of the parts, each followed by a zero byte except the last. */
    public byte[] of(byte[]... parts) {
        Mac mac = idle.poll();
        if (mac == null) {
            mac = newMac();
        }
        for (int i = 0; i < parts.length - 1; i++) {
            mac.update(parts[i]);
            mac.update((byte) 0);
        }
        byte[] out = mac.doFinal(parts[parts.length - 1]);
        idle.offer(mac);
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
