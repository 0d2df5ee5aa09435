package kz.senim.tlog;

import java.security.SecureRandom;

/** Generates Ed25519 key pairs for signed notes, in the encoded signer/verifier key forms. */
public final class NoteKeys {

    private NoteKeys() {
    }

    /** A fresh key pair for {@code name}. Keep the signer key secret. */
    public static NoteKeyPair generate(String name) {
        return generate(name, new SecureRandom());
    }

    public static NoteKeyPair generate(String name, SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        Ed25519Signer signer = Ed25519Signer.fromSeed(name, seed);
        byte[] typed = new byte[33];
        typed[0] = Ed25519Keys.TYPE;
        System.arraycopy(seed, 0, typed, 1, 32);
        String skey = "PRIVATE+KEY+" + name + "+" + NoteText.hex8(signer.keyId()) + "+" + NoteText.base64(typed);
        java.util.Arrays.fill(seed, (byte) 0);
        return new NoteKeyPair(skey, signer.verifierKey());
    }

    /** Key ID for an Ed25519 public key: first 4 bytes of SHA-256(name || 0x0A || 0x01 || key). */
    public static int keyId(String name, byte[] ed25519PublicKey) {
        return Ed25519Keys.keyId(name, ed25519PublicKey);
    }

    /** Encoded signer key (secret) and verifier key (public). */
    public record NoteKeyPair(String signerKey, String verifierKey) {

        @Override
        public String toString() {
            return "NoteKeyPair[verifierKey=" + verifierKey + "]";
        }
    }
}
