package kz.senim.ledger.internal;

import java.security.DrbgParameters;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kz.senim.platform.HmacPool;
import org.springframework.stereotype.Component;

/**
 * Encrypts each entry's payload under its own AES-256-GCM key, itself wrapped by the ledger's master key.
 * The payload is bound to its public commitment (additional data), so it cannot be moved to another entry.
 */
@Component
class Sealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    /**
     * Wrapped keys of version 2 start with this byte; those without it (60 bytes) were wrapped by the master
     * key itself. GCM with random nonces allows 2^32 uses of one key, which a busy ledger reaches in days, so each
     * entry key is now wrapped by a key of its own, HMAC(master key, label, commitment): one use per key.
     */
    private static final byte WRAP_V2 = 2;
    private static final int V2_LENGTH = 1 + NONCE + 32 + TAG_BITS / 8;
    private static final byte[] WRAP_LABEL = "senim-ledger-entry-key-wrap".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SecretKeySpec master;
    private final SecureRandom random = drbg();
    private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();
    private final HmacPool wrapKeys;

    @org.springframework.beans.factory.annotation.Autowired
    Sealer(LedgerKeys keys) {
        this(keys.masterKey());
    }

    Sealer(byte[] masterKey) {
        this.master = new SecretKeySpec(masterKey, "AES");
        this.wrapKeys = new HmacPool(masterKey);
    }

    record Sealed(byte[] nonce, byte[] ciphertext, byte[] wrappedKey) {
    }

    Sealed seal(byte[] payload, byte[] commitment) {
        // The entry key and both nonces from one call: the system random source takes a lock per call.
        byte[] fresh = new byte[32 + 2 * NONCE];
        random.nextBytes(fresh);
        byte[] entryKey = Arrays.copyOfRange(fresh, 0, 32);
        byte[] nonce = Arrays.copyOfRange(fresh, 32, 32 + NONCE);
        byte[] keyNonce = Arrays.copyOfRange(fresh, 32 + NONCE, fresh.length);
        Arrays.fill(fresh, (byte) 0);
        byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(entryKey, "AES"), nonce, commitment, payload);
        byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, wrapKey(commitment), keyNonce, commitment, entryKey);
        Arrays.fill(entryKey, (byte) 0);
        return new Sealed(nonce, ciphertext, concat(new byte[] {WRAP_V2}, concat(keyNonce, wrapped)));
    }

    byte[] open(byte[] nonce, byte[] ciphertext, byte[] wrappedKey, byte[] commitment) {
        boolean v2 = wrappedKey.length == V2_LENGTH && wrappedKey[0] == WRAP_V2;
        int from = v2 ? 1 : 0;
        byte[] keyNonce = Arrays.copyOfRange(wrappedKey, from, from + NONCE);
        byte[] entryKey = gcm(Cipher.DECRYPT_MODE, v2 ? wrapKey(commitment) : master, keyNonce, commitment,
                Arrays.copyOfRange(wrappedKey, from + NONCE, wrappedKey.length));
        try {
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(entryKey, "AES"), nonce, commitment, ciphertext);
        } finally {
            Arrays.fill(entryKey, (byte) 0);
        }
    }

    private byte[] gcm(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] input) {
        // Looking a cipher up costs more than using it; request threads are virtual, so they share a pool.
        Cipher c = ciphers.poll();
        try {
            if (c == null) {
                c = Cipher.getInstance("AES/GCM/NoPadding");
            }
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] out = c.doFinal(input);
            ciphers.offer(c);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("payload cannot be opened: " + e.getClass().getSimpleName(), e);
        }
    }

    private SecretKeySpec wrapKey(byte[] commitment) {
        return new SecretKeySpec(wrapKeys.of(WRAP_LABEL, commitment), "AES");
    }

    /**
     * NIST SP 800-90A Hash_DRBG seeded by the system: it makes bytes without a system call per request, which
     * the default source on Linux does (every entry needs a salt, a key and two nonces).
     */
    static SecureRandom drbg() {
        try {
            // 256-bit strength: the default instantiation gives 128, less than the AES-256 keys it makes.
            return SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.NONE, null));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
