package kz.senim.tlog;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** Ed25519 note verifier, from a verifier key {@code name+hex8+base64(0x01 || public key)}. */
public final class Ed25519Verifier implements NoteVerifier {

    private final String name;
    private final int keyId;
    private final PublicKey key;
    private final String vkey;

    private Ed25519Verifier(String name, int keyId, PublicKey key, String vkey) {
        this.name = name;
        this.keyId = keyId;
        this.key = key;
        this.vkey = vkey;
    }

    public static Ed25519Verifier parse(String vkey) {
        if (vkey == null) {
            throw new TlogException("verifier key is missing");
        }
        // Base64 may contain '+', so only the first two separators count.
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new TlogException("verifier key must be name+keyid+key");
        }
        if (!NoteText.isValidName(parts[0])) {
            throw new TlogException("invalid key name in verifier key: " + parts[0]);
        }
        Integer id = NoteText.parseHex8(parts[1]);
        if (id == null) {
            throw new TlogException("verifier key ID must be 8 lowercase hex digits");
        }
        byte[] key = NoteText.base64(parts[2]);
        if (key == null || key.length == 0) {
            throw new TlogException("verifier key material is not valid base64");
        }
        if (key[0] != Ed25519Keys.TYPE) {
            throw new TlogException(String.format("unsupported signature type 0x%02x in verifier key", key[0]));
        }
        if (key.length != 1 + Ed25519Keys.KEY_SIZE) {
            throw new TlogException("Ed25519 verifier key must hold 32 key bytes, got " + (key.length - 1));
        }
        byte[] raw = java.util.Arrays.copyOfRange(key, 1, key.length);
        if (Ed25519Keys.keyId(parts[0], raw) != id) {
            throw new TlogException("verifier key ID " + parts[1] + " does not match the key");
        }
        try {
            return new Ed25519Verifier(parts[0], id, Ed25519Keys.publicKey(raw), vkey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new TlogException("invalid Ed25519 public key in verifier key", e);
        }
    }

    static String encode(String name, byte[] publicKey) {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = Ed25519Keys.TYPE;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + NoteText.hex8(Ed25519Keys.keyId(name, publicKey)) + "+" + NoteText.base64(typed);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        try {
            Signature sig = Signature.getInstance("Ed25519");
            sig.initVerify(key);
            sig.update(text);
            return sig.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The verifier key string. */
    public String verifierKey() {
        return vkey;
    }

    @Override
    public String toString() {
        return vkey;
    }
}
