package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    static final String SPEC_TEXT = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void parsesTheSpecExample() {
        Checkpoint c = Checkpoint.parse(SPEC_TEXT);
        assertThat(c.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(c.size()).isEqualTo(20852163L);
        assertThat(c.rootHash()).isEqualTo(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
        assertThat(c.extensions()).isEmpty();
        assertThat(c.text()).isEqualTo(SPEC_TEXT);
    }

    @Test
    void extensionLinesAndUnsignedSizesRoundTrip() {
        Checkpoint c = new Checkpoint("senim.kz/ledger", -1L, Hashes.emptyRoot(), List.of("ext one", "ext two"));
        assertThat(c.text()).startsWith("senim.kz/ledger\n18446744073709551615\n").endsWith("\next one\next two\n");
        assertThat(Checkpoint.parse(c.text())).isEqualTo(c);
    }

    @Test
    void signsAndOpens() {
        NoteKeys.NoteKeyPair keys = NoteKeys.generate("senim.kz/ledger");
        Checkpoint c = new Checkpoint("senim.kz/ledger", 42, Hashes.leafHash(new byte[] {1}));
        String note = c.sign(NoteSigner.parse(keys.signerKey()));
        List<NoteVerifier> vs = List.of(NoteVerifier.parse(keys.verifierKey()));
        assertThat(Checkpoint.open(note, "senim.kz/ledger", vs)).isEqualTo(c);
        assertThatThrownBy(() -> Checkpoint.open(note, "other.example/log", vs)).hasMessageContaining("origin");
        String forged = note.replaceFirst("\n42\n", "\n43\n");
        assertThatThrownBy(() -> Checkpoint.open(forged, "senim.kz/ledger", vs)).hasMessageContaining("invalid signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "example.com/log\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
        "example.com/log\n20852163\n",
        "\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n020852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n+20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n18446744073709551616\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n1 \nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2\n",
        "example.com/log\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
        "example.com/log\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
        "example.com/log\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n\n",
    })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(TlogException.class);
    }

    @Test
    void zeroIsTheOnlySizeWithALeadingZero() {
        String text = "example.com/log\n0\n" + Base64.getEncoder().encodeToString(Hashes.emptyRoot()) + "\n";
        assertThat(Checkpoint.parse(text).size()).isZero();
    }
}
