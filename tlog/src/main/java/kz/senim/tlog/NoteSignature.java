package kz.senim.tlog;

import java.util.Arrays;

/** One signature line of a signed note: key name, key ID, and the signature without the key ID. */
public record NoteSignature(String name, int keyId, byte[] signature) {

    public NoteSignature {
        if (!NoteText.isValidName(name)) {
            throw new TlogException("invalid key name: " + name);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** base64(key ID || signature), as written in the note. */
    public String base64() {
        byte[] raw = new byte[4 + signature.length];
        raw[0] = (byte) (keyId >>> 24);
        raw[1] = (byte) (keyId >>> 16);
        raw[2] = (byte) (keyId >>> 8);
        raw[3] = (byte) keyId;
        System.arraycopy(signature, 0, raw, 4, signature.length);
        return NoteText.base64(raw);
    }

    /** The full line including the em dash and the final newline. */
    public String line() {
        return "\u2014 " + name + " " + base64() + "\n";
    }

    /** {@code name+hex8}, how keys are named in messages. */
    public String keyLabel() {
        return name + "+" + NoteText.hex8(keyId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature s && s.name.equals(name) && s.keyId == keyId
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
