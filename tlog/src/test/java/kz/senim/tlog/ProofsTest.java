package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofsTest {

    static final MemoryHashStore STORE = new MemoryHashStore();

    static {
        STORE.appendAll(Reference.leaves(8));
    }

    @Test
    void rfcHashesOfKnownValues() {
        // SHA-256 of the empty string, and RFC 6962 test data: the leaf hash of no bytes.
        assertThat(HexFormat.of().formatHex(Hashes.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HexFormat.of().formatHex(Hashes.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] l = Hashes.leafHash(new byte[] {1});
        byte[] r = Hashes.leafHash(new byte[] {2});
        byte[] manual = Hashes.digest().digest(concat(new byte[] {1}, l, r));
        assertThat(Hashes.nodeHash(l, r)).isEqualTo(manual);
    }

    @Test
    void verifierGivesReasonsForMalformedInput() {
        byte[] leaf = Reference.leaf(2);
        byte[] root = Proofs.root(8, STORE);
        List<byte[]> proof = Proofs.inclusion(2, 8, STORE);
        assertThat(ProofVerifier.verifyInclusion(2, 8, leaf, proof, root)).isEqualTo(Verdict.valid());
        assertThat(ProofVerifier.verifyInclusion(8, 8, leaf, proof, root).reason()).contains("not below tree size");
        assertThat(ProofVerifier.verifyInclusion(-1L, 8, leaf, proof, root).reason())
                .contains("18446744073709551615");
        assertThat(ProofVerifier.verifyInclusion(2, 8, Arrays.copyOf(leaf, 31), proof, root).reason()).contains("leaf hash");
        assertThat(ProofVerifier.verifyInclusion(2, 8, leaf, proof, null).reason()).contains("root");
        List<byte[]> withNull = new ArrayList<>(proof);
        withNull.set(1, null);
        assertThat(ProofVerifier.verifyInclusion(2, 8, leaf, withNull, root).reason()).contains("proof hash 1");
        assertThat(ProofVerifier.verifyInclusion(2, 8, leaf, null, root).reason()).contains("too short");
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(root);
        assertThat(ProofVerifier.verifyInclusion(2, 8, leaf, longer, root).reason()).contains("too long");
        assertThat(ProofVerifier.verifyInclusion(3, 8, leaf, proof, root).reason()).contains("expected root");
        assertThatThrownBy(() -> Verdict.invalid("because").orThrow()).hasMessage("because");
    }

    @Test
    void consistencyVerifierGivesReasons() {
        byte[] r3 = Proofs.root(3, STORE);
        byte[] r8 = Proofs.root(8, STORE);
        List<byte[]> proof = Proofs.consistency(3, 8, STORE);
        assertThat(ProofVerifier.verifyConsistency(3, 8, proof, r3, r8).ok()).isTrue();
        assertThat(ProofVerifier.verifyConsistency(8, 3, proof, r3, r8).reason()).contains("larger");
        // Unsigned: 2^64 - 1 is larger than 3.
        assertThat(ProofVerifier.verifyConsistency(-1L, 3, proof, r3, r8).reason()).contains("larger");
        assertThat(ProofVerifier.verifyConsistency(0, 8, proof, r3, r8).reason()).contains("empty tree");
        assertThat(ProofVerifier.verifyConsistency(8, 8, proof, r8, r8).reason()).contains("not empty");
        assertThat(ProofVerifier.verifyConsistency(8, 8, List.of(), r8, r8).ok()).isTrue();
        assertThat(ProofVerifier.verifyConsistency(3, 8, List.of(), r3, r8).reason()).contains("empty");
        assertThat(ProofVerifier.verifyConsistency(3, 8, proof.subList(0, 2), r3, r8).reason()).contains("too short");
        assertThat(ProofVerifier.verifyConsistency(3, 8, proof, r8, r8).reason()).contains("root1");
        assertThat(ProofVerifier.verifyConsistency(3, 8, proof, r3, r3).reason()).contains("root2");
        assertThat(ProofVerifier.verifyConsistency(3, 8, proof, new byte[5], r8).reason()).contains("32-byte");
    }

    @Test
    void generationRejectsImpossibleRequests() {
        assertThatThrownBy(() -> Proofs.inclusion(8, 8, STORE)).isInstanceOf(TlogException.class);
        assertThatThrownBy(() -> Proofs.consistency(0, 8, STORE)).isInstanceOf(TlogException.class);
        assertThatThrownBy(() -> Proofs.consistency(5, 4, STORE)).isInstanceOf(TlogException.class);
        assertThatThrownBy(() -> Proofs.root(9, STORE)).hasMessageContaining("no stored hash");
        assertThat(Proofs.consistency(4, 4, STORE)).isEmpty();
        assertThat(Proofs.root(0, STORE)).isEqualTo(Hashes.emptyRoot());
    }

    @Test
    void generationChecksWhatTheReaderReturns() {
        HashReader missing = ids -> List.of();
        assertThatThrownBy(() -> Proofs.inclusion(1, 8, missing)).hasMessageContaining("returned 0 hashes");
        HashReader shortHashes = ids -> ids.stream().map(id -> new byte[31]).toList();
        assertThatThrownBy(() -> Proofs.root(7, shortHashes)).hasMessageContaining("malformed hash");
    }

    @Test
    void oneBatchedReadOfLogarithmicSize() {
        List<Integer> calls = new ArrayList<>();
        UniformTree tree = new UniformTree(Reference.leaf(1));
        HashReader counting = ids -> {
            calls.add(ids.size());
            return tree.readHashes(ids);
        };
        Proofs.inclusion(123_456_789L, 10_000_000_000L, counting);
        Proofs.consistency(987_654_321L, 10_000_000_000L, counting);
        assertThat(calls).hasSize(2).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2 * 64));
    }

    @Test
    void appendStoresLeafAndCompletedSubtrees() {
        MemoryHashStore s = new MemoryHashStore();
        s.appendAll(Reference.leaves(3));
        List<NodeId> asked = new ArrayList<>();
        HashReader spy = ids -> {
            asked.addAll(ids);
            return s.readHashes(ids);
        };
        List<StoredHash> out = StoredHashes.forAppend(3, List.of(Reference.leaf(3)), spy);
        assertThat(out).extracting(StoredHash::id)
                .containsExactly(new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0));
        assertThat(out.get(2).hash()).isEqualTo(Reference.mth(Reference.leaves(4)));
        assertThat(asked).containsExactly(new NodeId(1, 0), new NodeId(0, 2));
        assertThatThrownBy(() -> StoredHashes.forAppend(3, List.of(new byte[1]), spy)).hasMessageContaining("32 bytes");
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
