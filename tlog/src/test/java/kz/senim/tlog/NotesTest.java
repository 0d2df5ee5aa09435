package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotesTest {

    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    static final NoteVerifier PETER = NoteVerifier.parse(PETER_VKEY);
    static final NoteVerifier ENOCH = NoteVerifier.parse(ENOCH_VKEY);

    @Test
    void specExampleVerifies() {
        NoteVerifier v = NoteVerifier.parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
        String note = "This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
        OpenedNote n = Notes.open(note, List.of(v));
        assertThat(n.text()).isEqualTo("This is an example message.\n");
        assertThat(n.verifiedNames()).containsExactly("example.com/foo");
        assertThat(v.keyId()).isEqualTo(0x530d903a);
    }

    @Test
    void signerKeyDerivesTheVerifierKeyAndKeyId() {
        Ed25519Signer s = Ed25519Signer.parse(PETER_SKEY);
        assertThat(s.name()).isEqualTo("PeterNeumann");
        assertThat(s.keyId()).isEqualTo(0xc74f20a3);
        assertThat(s.verifierKey()).isEqualTo(PETER_VKEY);
    }

    @Test
    void unknownKeysAreReportedButNotTrusted() {
        OpenedNote n = Notes.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(PETER));
        assertThat(n.verifiedNames()).containsExactly("PeterNeumann");
        assertThat(n.unverified()).extracting(NoteSignature::name).containsExactly("EnochRoot");
    }

    @Test
    void noteWithOnlyUnknownKeysIsRejected() {
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of()))
                .isInstanceOf(TlogException.class).hasMessageContaining("no verifiable signatures")
                .hasMessageContaining("EnochRoot+af0cfe78");
    }

    @Test
    void sameNameWithOtherKeyIdIsAnUnknownKey() {
        NoteKeys.NoteKeyPair other = NoteKeys.generate("PeterNeumann");
        NoteVerifier impostor = NoteVerifier.parse(other.verifierKey());
        assertThat(impostor.keyId()).isNotEqualTo(PETER.keyId());
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + PETER_SIG, List.of(impostor)))
                .hasMessageContaining("no verifiable signatures");
    }

    @Test
    void badSignatureFromAKnownKeyRejectsTheNote() {
        String broken = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + broken, List.of(PETER)))
                .isInstanceOf(TlogException.class).hasMessage("invalid signature for key PeterNeumann+c74f20a3");
        // Also when a good signature by another known key is present.
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + ENOCH_SIG + broken, List.of(PETER, ENOCH)))
                .hasMessageContaining("invalid signature");
    }

    @Test
    void repeatedLinesCountOnce() {
        OpenedNote n = Notes.open(TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG, List.of(PETER));
        assertThat(n.verifiedNames()).containsExactly("PeterNeumann");
        assertThat(n.unverified()).hasSize(1);
    }

    @Test
    void ambiguousVerifiersAreRejected() {
        assertThatThrownBy(() -> Notes.open(TEXT + "\n" + ENOCH_SIG, List.of(ENOCH, PETER, ENOCH)))
                .hasMessageContaining("ambiguous key EnochRoot+af0cfe78");
        // Harmless when the duplicated key did not sign.
        assertThat(Notes.open(TEXT + "\n" + PETER_SIG, List.of(ENOCH, PETER, ENOCH)).verifiedNames())
                .containsExactly("PeterNeumann");
    }

    @Test
    void tooManySignaturesAreRejected() {
        String note = TEXT + "\n" + PETER_SIG.repeat(Note.MAX_SIGNATURES + 1);
        assertThatThrownBy(() -> Notes.open(note, List.of(PETER))).hasMessageContaining("more than 100 signatures");
        assertThat(Notes.open(TEXT + "\n" + PETER_SIG.repeat(16), List.of(PETER)).verified()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no signatures",
        "blank line only",
        "missing final newline",
        "control character",
        "bad name",
        "unexpected line",
        "unpadded base64",
        "short signature",
        "double space",
        "tab",
        "empty name",
    })
    void malformedNotesAreRejected(String kind) {
        String note = switch (kind) {
            case "no signatures" -> TEXT;
            case "blank line only" -> TEXT + "\n";
            case "missing final newline" -> TEXT + "\n" + PETER_SIG.strip();
            case "control character" -> "\u0001" + TEXT + "\n" + PETER_SIG;
            case "bad name" -> TEXT + "\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
            case "unexpected line" -> TEXT + "\n" + PETER_SIG + "Unexpected line.\n";
            case "unpadded base64" -> TEXT + "\n" + PETER_SIG.replace("AM=\n", "AM\n");
            case "short signature" -> TEXT + "\n\u2014 PeterNeumann x08gow==\n";
            case "double space" -> TEXT + "\n" + PETER_SIG.replace("Neumann ", "Neumann  ");
            case "tab" -> TEXT.replace(" ", "\t") + "\n" + PETER_SIG;
            case "empty name" -> TEXT + "\n" + PETER_SIG.replace("PeterNeumann", "");
            default -> throw new IllegalArgumentException(kind);
        };
        assertThatThrownBy(() -> Notes.open(note, List.of(PETER)))
                .isInstanceOf(TlogException.class).hasMessageContaining("malformed note");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] text = (TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        bad[0] = (byte) 0xff;
        System.arraycopy(text, 0, bad, 1, text.length);
        assertThatThrownBy(() -> Notes.open(bad, List.of(PETER))).hasMessageContaining("UTF-8");
        assertThat(Notes.open(text, List.of(PETER)).verified()).hasSize(1);
    }

    @Test
    void generatedKeysSignAndVerify() {
        NoteKeys.NoteKeyPair pair = NoteKeys.generate("senim.kz/ledger");
        assertThat(pair.signerKey()).startsWith("PRIVATE+KEY+senim.kz/ledger+");
        assertThat(pair.toString()).doesNotContain(pair.signerKey());
        NoteSigner signer = NoteSigner.parse(pair.signerKey());
        NoteVerifier verifier = NoteVerifier.parse(pair.verifierKey());
        assertThat(signer.keyId()).isEqualTo(verifier.keyId());
        String note = Notes.sign("hello\n\nworld\n", signer);
        OpenedNote n = Notes.open(note, List.of(verifier));
        assertThat(n.text()).isEqualTo("hello\n\nworld\n");
        // Same key, other text: the signature must not carry over.
        String moved = note.replace("world", "World");
        assertThatThrownBy(() -> Notes.open(moved, List.of(verifier))).hasMessageContaining("invalid signature");
    }

    @Test
    void cosigningKeepsEarlierSignatures() {
        NoteSigner peter = NoteSigner.parse(PETER_SKEY);
        NoteKeys.NoteKeyPair witness = NoteKeys.generate("witness.example/w1");
        String signed = Notes.sign(TEXT, peter);
        String cosigned = Notes.sign(Note.parse(signed), NoteSigner.parse(witness.signerKey()));
        assertThat(cosigned).startsWith(signed);
        OpenedNote n = Notes.open(cosigned, List.of(PETER, NoteVerifier.parse(witness.verifierKey())));
        assertThat(n.verifiedNames()).containsExactly("PeterNeumann", "witness.example/w1");
        // Re-signing with the same key replaces instead of duplicating.
        assertThat(Notes.sign(Note.parse(cosigned), peter)).isEqualTo(
                TEXT + "\n" + cosigned.substring(signed.length()) + PETER_SIG);
    }

    @Test
    void textToSignMustBeWellFormed() {
        NoteSigner peter = NoteSigner.parse(PETER_SKEY);
        assertThatThrownBy(() -> Notes.sign("no newline", peter)).hasMessageContaining("newline");
        assertThatThrownBy(() -> Notes.sign("bell\u0007\n", peter)).hasMessageContaining("control character");
        assertThatThrownBy(() -> Notes.sign(TEXT)).hasMessageContaining("signer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+C74F20A3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKD",
        "PRIVATE+KEY+Peter Neumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+c74f20a3",
        "PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
    })
    void badSignerKeysAreRejected(String skey) {
        assertThatThrownBy(() -> NoteSigner.parse(skey)).isInstanceOf(TlogException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "Peter\u00a0Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
    })
    void badVerifierKeysAreRejected(String vkey) {
        assertThatThrownBy(() -> NoteVerifier.parse(vkey)).isInstanceOf(TlogException.class);
    }

    @Test
    void verifierNeverThrowsOnGarbageSignatures() {
        assertThat(PETER.verify(TEXT.getBytes(StandardCharsets.UTF_8), new byte[3])).isFalse();
        assertThat(PETER.verify(TEXT.getBytes(StandardCharsets.UTF_8), new byte[64])).isFalse();
    }
}
