package kz.senim.ledger.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts each entry's payload under its own AES-256-GCM key, itself wrapped by the ledger's master key.
 * The payload is bound to its public commitment (additional data), so it cannot be moved to another entry.
 */
@Component
class Sealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec master;
    private final SecureRandom random = new SecureRandom();

    Sealer(LedgerKeys keys) {
        this.master = new SecretKeySpec(keys.masterKey(), "AES");
    }

    record Sealed(byte[] nonce, byte[] ciphertext, byte[] wrappedKey) {
    }

    Sealed seal(byte[] payload, byte[] commitment) {
        byte[] entryKey = new byte[32];
        random.nextBytes(entryKey);
        byte[] nonce = nonce();
        byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(entryKey, "AES"), nonce, commitment, payload);
        byte[] keyNonce = nonce();
        byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, master, keyNonce, commitment, entryKey);
        Arrays.fill(entryKey, (byte) 0);
        return new Sealed(nonce, ciphertext, concat(keyNonce, wrapped));
    }

    byte[] open(byte[] nonce, byte[] ciphertext, byte[] wrappedKey, byte[] commitment) {
        byte[] keyNonce = Arrays.copyOfRange(wrappedKey, 0, NONCE);
        byte[] entryKey = gcm(Cipher.DECRYPT_MODE, master, keyNonce, commitment, Arrays.copyOfRange(wrappedKey, NONCE, wrappedKey.length));
        try {
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(entryKey, "AES"), nonce, commitment, ciphertext);
        } finally {
            Arrays.fill(entryKey, (byte) 0);
        }
    }

    private byte[] nonce() {
        byte[] n = new byte[NONCE];
        random.nextBytes(n);
        return n;
    }

    private static byte[] gcm(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("payload cannot be opened: " + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
