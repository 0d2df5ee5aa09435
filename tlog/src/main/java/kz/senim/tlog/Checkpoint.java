package kz.senim.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: origin, tree size (unsigned 64-bit) and RFC 6962 root hash, with
 * optional extension lines, carried as the text of a signed note.
 *
 * @see <a href="https://c2sp.org/tlog-checkpoint">c2sp.org/tlog-checkpoint</a>
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.contains("\n")) {
            throw new TlogException("checkpoint origin must be a non-empty single line");
        }
        if (!Hashes.isHash(rootHash)) {
            throw new TlogException("checkpoint root hash must be 32 bytes");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (e.isEmpty() || e.contains("\n")) {
                throw new TlogException("checkpoint extension lines must be non-empty single lines");
            }
        }
        String bad = NoteText.controlCharacter(origin + String.join("", extensions));
        if (bad != null) {
            throw new TlogException("checkpoint has a " + bad);
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: origin, size, base64 root, extension lines, each ending in a newline. */
    public String text() {
        StringBuilder sb = new StringBuilder()
                .append(origin).append('\n')
                .append(Long.toUnsignedString(size)).append('\n')
                .append(NoteText.base64(rootHash)).append('\n');
        for (String e : extensions) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }

    /** Parses checkpoint note text (not a signed note; see {@link #open}). */
    public static Checkpoint parse(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new TlogException("checkpoint text must end with a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw new TlogException("checkpoint needs origin, size and root hash lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                throw new TlogException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        long size = parseSize(lines.get(1));
        byte[] root = NoteText.base64(lines.get(2));
        if (root == null || root.length != Hashes.SIZE) {
            throw new TlogException("checkpoint root hash must be base64 of 32 bytes");
        }
        return new Checkpoint(lines.get(0), size, root, new ArrayList<>(lines.subList(3, lines.size())));
    }

    /** Signs the checkpoint and returns the signed note. */
    public String sign(NoteSigner... signers) {
        return Notes.sign(text(), signers);
    }

    /**
     * Opens a signed checkpoint: verifies the note with {@code verifiers}, parses it, and checks
     * the origin is {@code expectedOrigin}.
     */
    public static Checkpoint open(String note, String expectedOrigin, Collection<? extends NoteVerifier> verifiers) {
        Checkpoint c = parse(Notes.open(note, verifiers).text());
        if (!c.origin.equals(expectedOrigin)) {
            throw new TlogException("checkpoint origin is " + c.origin + ", want " + expectedOrigin);
        }
        return c;
    }

    private static long parseSize(String s) {
        boolean digits = !s.isEmpty() && s.length() <= 20 && s.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (s.length() > 1 && s.charAt(0) == '0')) {
            throw new TlogException("checkpoint tree size must be a decimal number without leading zeros: " + s);
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new TlogException("checkpoint tree size does not fit 64 bits: " + s);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && Arrays.equals(c.rootHash, rootHash) && c.extensions.equals(extensions);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + " " + Long.toUnsignedString(size) + " " + NoteText.base64(rootHash) + "]";
    }
}
