package kz.senim.tlog;

/** Produces signatures for signed notes. */
public interface NoteSigner {

    String name();

    int keyId();

    /** Signature over the note text bytes, without the key ID prefix. */
    byte[] sign(byte[] text);

    /** Parses a signer key {@code PRIVATE+KEY+<name>+<hex8 key ID>+base64(0x01 || 32-byte seed)}. */
    static NoteSigner parse(String skey) {
        return Ed25519Signer.parse(skey);
    }
}
