package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of the shared tlog vectors, one dynamic test per file or case. */
class SharedVectorsTest {

    private static final Path DIR = SharedVectors.tlogDir();

    @TestFactory
    Stream<DynamicTest> inclusionVectors() {
        List<Path> files = jsonFiles(DIR.resolve("inclusion"));
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> dynamicTest(DIR.relativize(f).toString(), () -> {
            Map<String, Object> v = object(f);
            Verdict verdict = ProofVerifier.verifyInclusion(
                    u64(v.get("leafIdx")), u64(v.get("treeSize")),
                    b64(v.get("leafHash")), hashes(v.get("proof")), b64(v.get("root")));
            assertThat(!verdict.ok()).as("wantErr for %s (%s), verdict %s", f, v.get("desc"), verdict)
                    .isEqualTo(v.get("wantErr"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyVectors() {
        List<Path> files = jsonFiles(DIR.resolve("consistency"));
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> dynamicTest(DIR.relativize(f).toString(), () -> {
            Map<String, Object> v = object(f);
            Verdict verdict = ProofVerifier.verifyConsistency(
                    u64(v.get("size1")), u64(v.get("size2")), hashes(v.get("proof")),
                    b64(v.get("root1")), b64(v.get("root2")));
            assertThat(!verdict.ok()).as("wantErr for %s (%s), verdict %s", f, v.get("desc"), verdict)
                    .isEqualTo(v.get("wantErr"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> signedNoteVectors() {
        Map<String, Object> all = object(DIR.resolve("signed-note-vectors.json"));
        // A section this test does not understand must not be skipped silently.
        assertThat(Set.of("about", "sign", "open", "bad_vkeys")).containsAll(all.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (Object o : list(all.get("sign"))) {
            Map<String, Object> c = cast(o);
            tests.add(dynamicTest("sign[" + i++ + "]", () -> {
                Ed25519Signer signer = Ed25519Signer.parse((String) c.get("skey"));
                assertThat(signer.verifierKey()).isEqualTo(c.get("vkey"));
                assertThat(Notes.sign((String) c.get("text"), signer)).isEqualTo(c.get("want_note"));
                // And the note opens with the matching verifier.
                OpenedNote n = Notes.open((String) c.get("want_note"), List.of(NoteVerifier.parse((String) c.get("vkey"))));
                assertThat(n.text()).isEqualTo(c.get("text"));
            }));
        }
        i = 0;
        for (Object o : list(all.get("open"))) {
            Map<String, Object> c = cast(o);
            tests.add(dynamicTest("open[" + i++ + "]", () -> {
                List<NoteVerifier> vs = list(c.get("vkeys")).stream().map(k -> NoteVerifier.parse((String) k)).toList();
                // The spec says a note no known key verifies MUST be rejected.
                if (Boolean.TRUE.equals(c.get("want_error")) || list(c.get("want_verified")).isEmpty()) {
                    assertThatThrownBy(() -> Notes.open((String) c.get("note"), vs)).isInstanceOf(TlogException.class);
                    return;
                }
                OpenedNote n = Notes.open((String) c.get("note"), vs);
                assertThat(n.verifiedNames()).isEqualTo(list(c.get("want_verified")));
                List<Object> wantUnverified = c.containsKey("want_unverified") ? list(c.get("want_unverified")) : List.of();
                assertThat(n.unverified().stream().map(NoteSignature::name).toList()).isEqualTo(wantUnverified);
            }));
        }
        i = 0;
        for (Object o : list(all.get("bad_vkeys"))) {
            String vkey = (String) o;
            tests.add(dynamicTest("bad_vkeys[" + i++ + "]", () ->
                    assertThatThrownBy(() -> NoteVerifier.parse(vkey)).isInstanceOf(TlogException.class)));
        }
        return tests.stream();
    }

    static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> object(Path f) {
        try {
            return cast(Json.parse(Files.readString(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** JSON numbers in the vectors are uint64; keep the low 64 bits as Java's unsigned long. */
    static long u64(Object o) {
        BigDecimal d = (BigDecimal) o;
        assertThat(d.signum()).isNotNegative();
        return d.toBigIntegerExact().longValue();
    }

    static byte[] b64(Object o) {
        return o == null ? null : Base64.getDecoder().decode((String) o);
    }

    static List<byte[]> hashes(Object o) {
        return o == null ? null : list(o).stream().map(SharedVectorsTest::b64).toList();
    }
}
