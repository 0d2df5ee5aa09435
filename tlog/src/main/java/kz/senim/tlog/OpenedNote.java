package kz.senim.tlog;

import java.util.List;

/**
 * A note whose text is vouched for by at least one known key. {@code verified} lists the
 * signatures that were checked; {@code unverified} those from keys the caller did not know.
 */
public record OpenedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    public OpenedNote {
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }

    /** Names of the keys whose signatures verified, in note order. */
    public List<String> verifiedNames() {
        return verified.stream().map(NoteSignature::name).toList();
    }
}
