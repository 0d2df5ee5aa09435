package kz.senim.tlog;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** Ed25519 note signer. RFC 8032 signatures are deterministic, so equal inputs sign identically. */
public final class Ed25519Signer implements NoteSigner {

    private final String name;
    private final int keyId;
    private final PrivateKey key;
    private final byte[] publicKey;

    private Ed25519Signer(String name, byte[] seed) {
        this.name = name;
        this.key = Ed25519Keys.privateKey(seed);
        this.publicKey = Ed25519Keys.publicFromSeed(seed);
        this.keyId = Ed25519Keys.keyId(name, publicKey);
    }

    /** A signer for a 32-byte Ed25519 seed (the RFC 8032 private key). */
    public static Ed25519Signer fromSeed(String name, byte[] seed) {
        if (!NoteText.isValidName(name)) {
            throw new TlogException("invalid key name: " + name);
        }
        if (seed == null || seed.length != Ed25519Keys.KEY_SIZE) {
            throw new TlogException("Ed25519 seed must be 32 bytes");
        }
        return new Ed25519Signer(name, seed);
    }

    /** Parses {@code PRIVATE+KEY+<name>+<hex8 key ID>+base64(0x01 || seed)} and checks the key ID. */
    public static Ed25519Signer parse(String skey) {
        String prefix = "PRIVATE+KEY+";
        if (skey == null || !skey.startsWith(prefix)) {
            throw new TlogException("signer key must start with PRIVATE+KEY+");
        }
        String[] parts = skey.substring(prefix.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new TlogException("signer key must be PRIVATE+KEY+name+keyid+key");
        }
        Integer id = NoteText.parseHex8(parts[1]);
        byte[] key = NoteText.base64(parts[2]);
        if (id == null) {
            throw new TlogException("signer key ID must be 8 lowercase hex digits");
        }
        if (key == null || key.length != 1 + Ed25519Keys.KEY_SIZE || key[0] != Ed25519Keys.TYPE) {
            throw new TlogException("signer key must be base64 of 0x01 and a 32-byte Ed25519 seed");
        }
        Ed25519Signer s = fromSeed(parts[0], java.util.Arrays.copyOfRange(key, 1, key.length));
        if (s.keyId != id) {
            throw new TlogException("signer key ID " + parts[1] + " does not match the key (want "
                    + NoteText.hex8(s.keyId) + ")");
        }
        return s;
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
    public byte[] sign(byte[] text) {
        try {
            Signature sig = Signature.getInstance("Ed25519");
            sig.initSign(key);
            sig.update(text);
            return sig.sign();
        } catch (GeneralSecurityException e) {
            throw new TlogException("Ed25519 signing failed", e);
        }
    }

    /** The verifier key matching this signer. */
    public String verifierKey() {
        return Ed25519Verifier.encode(name, publicKey);
    }

    /** The matching verifier. */
    public NoteVerifier verifier() {
        return Ed25519Verifier.parse(verifierKey());
    }

    @Override
    public String toString() {
        return "Ed25519Signer[" + name + "+" + NoteText.hex8(keyId) + "]";
    }
}
