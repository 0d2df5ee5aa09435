package kz.senim.tlog;

/** Checks signatures of one key for signed notes. */
public interface NoteVerifier {

    String name();

    int keyId();

    /** True if {@code signature} (without key ID prefix) is valid for {@code text}. Never throws. */
    boolean verify(byte[] text, byte[] signature);

    /** Parses a verifier key {@code <name>+<hex8 key ID>+base64(0x01 || 32-byte public key)}. */
    static NoteVerifier parse(String vkey) {
        return Ed25519Verifier.parse(vkey);
    }
}
