package kz.senim.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signing and opening C2SP signed notes.
 *
 * @see <a href="https://c2sp.org/signed-note">c2sp.org/signed-note</a>
 */
public final class Notes {

    private Notes() {
    }

    /** Signs {@code text} (which must end in a newline) and returns the note. */
    public static String sign(String text, NoteSigner... signers) {
        return sign(new Note(text, List.of()), signers);
    }

    /**
     * Adds signatures to a note, for example a witness cosigning a checkpoint. Existing signatures
     * by the same key (name and key ID) are replaced; the others are kept in place.
     */
    public static String sign(Note note, NoteSigner... signers) {
        if (signers.length == 0 && note.signatures().isEmpty()) {
            throw new TlogException("a signed note needs at least one signer");
        }
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        Set<String> replaced = new HashSet<>();
        List<NoteSignature> fresh = new ArrayList<>();
        for (NoteSigner s : signers) {
            fresh.add(new NoteSignature(s.name(), s.keyId(), s.sign(text)));
            replaced.add(key(s.name(), s.keyId()));
        }
        List<NoteSignature> all = new ArrayList<>();
        for (NoteSignature old : note.signatures()) {
            if (!replaced.contains(key(old.name(), old.keyId()))) {
                all.add(old);
            }
        }
        all.addAll(fresh);
        return new Note(note.text(), all).format();
    }

    public static OpenedNote open(String msg, Collection<? extends NoteVerifier> verifiers) {
        return open(Note.parse(msg), verifiers);
    }

    public static OpenedNote open(byte[] msg, Collection<? extends NoteVerifier> verifiers) {
        return open(Note.parse(msg), verifiers);
    }

    /**
     * Verifies every signature made by a known key (name and key ID both match) and ignores the
     * others, as the spec requires. Rejects the note if a known key's signature is invalid, if a
     * signature matches more than one known key, or if no known key signed it.
     */
    public static OpenedNote open(Note note, Collection<? extends NoteVerifier> verifiers) {
        Map<String, List<NoteVerifier>> known = new HashMap<>();
        for (NoteVerifier v : verifiers) {
            known.computeIfAbsent(key(v.name(), v.keyId()), k -> new ArrayList<>()).add(v);
        }
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        Set<NoteSignature> verified = new LinkedHashSet<>();
        Set<String> verifiedKeys = new HashSet<>();
        Set<NoteSignature> unverified = new LinkedHashSet<>();
        for (NoteSignature s : note.signatures()) {
            List<NoteVerifier> vs = known.get(key(s.name(), s.keyId()));
            if (vs == null) {
                unverified.add(s);
                continue;
            }
            if (vs.size() > 1) {
                throw new TlogException("ambiguous key " + s.keyLabel() + ": more than one verifier has it");
            }
            if (!vs.getFirst().verify(text, s.signature())) {
                throw new TlogException("invalid signature for key " + s.keyLabel());
            }
            // An identical repeated line is harmless; list each key once.
            if (verifiedKeys.add(key(s.name(), s.keyId()))) {
                verified.add(s);
            }
        }
        if (verified.isEmpty()) {
            throw new TlogException("note has no verifiable signatures"
                    + (unverified.isEmpty() ? "" : " (unknown keys: "
                    + unverified.stream().map(NoteSignature::keyLabel).distinct().toList() + ")"));
        }
        return new OpenedNote(note.text(), List.copyOf(verified), List.copyOf(unverified));
    }

    private static String key(String name, int keyId) {
        return name + "+" + NoteText.hex8(keyId);
    }
}
