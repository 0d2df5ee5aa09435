package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random trees: generated proofs match the RFC definitions, verify, and break when touched. */
class ProofPropertiesTest {

    static final int MAX = 1100;
    static final List<byte[]> LEAVES = Reference.leaves(MAX);
    static final MemoryHashStore STORE = new MemoryHashStore();

    static {
        STORE.appendAll(LEAVES);
    }

    @Property(tries = 150)
    void rootsMatchTheDefinition(@ForAll @IntRange(min = 0, max = MAX) int size) {
        assertThat(Proofs.root(size, STORE)).isEqualTo(Reference.mth(LEAVES.subList(0, size)));
    }

    @Property(tries = 200)
    void inclusionProofsMatchTheDefinitionAndVerify(@ForAll @IntRange(min = 1, max = MAX) int size,
                                                     @ForAll @IntRange(min = 0, max = MAX) int seed) {
        int index = seed % size;
        List<byte[]> proof = Proofs.inclusion(index, size, STORE);
        assertThat(proof).containsExactlyElementsOf(Reference.path(index, LEAVES.subList(0, size)));
        byte[] root = Proofs.root(size, STORE);
        assertThat(ProofVerifier.verifyInclusion(index, size, LEAVES.get(index), proof, root).ok()).isTrue();
    }

    @Property(tries = 200)
    void consistencyProofsMatchTheDefinitionAndVerify(@ForAll @IntRange(min = 1, max = MAX) int size2,
                                                       @ForAll @IntRange(min = 0, max = MAX) int seed) {
        int size1 = 1 + seed % size2;
        List<byte[]> proof = Proofs.consistency(size1, size2, STORE);
        assertThat(proof).containsExactlyElementsOf(Reference.proof(size1, LEAVES.subList(0, size2)));
        Verdict v = ProofVerifier.verifyConsistency(size1, size2, proof,
                Proofs.root(size1, STORE), Proofs.root(size2, STORE));
        assertThat(v.ok()).as(v.reason()).isTrue();
    }

    @Property(tries = 300)
    void anyFlippedBitBreaksAnInclusionProof(@ForAll @IntRange(min = 1, max = MAX) int size,
                                              @ForAll @IntRange(min = 0, max = MAX) int seed,
                                              @ForAll @IntRange(min = 0, max = 100) int target,
                                              @ForAll @IntRange(min = 0, max = 255) int bit) {
        int index = seed % size;
        List<byte[]> proof = copy(Proofs.inclusion(index, size, STORE));
        byte[] root = Proofs.root(size, STORE);
        byte[] leaf = LEAVES.get(index).clone();
        // Target 0 is the leaf, 1 the root, the rest the proof hashes.
        int which = target % (proof.size() + 2);
        byte[] victim = which == 0 ? leaf : which == 1 ? root : proof.get(which - 2);
        victim[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(ProofVerifier.verifyInclusion(index, size, leaf, proof, root).ok()).isFalse();
    }

    @Property(tries = 300)
    void anyFlippedBitBreaksAConsistencyProof(@ForAll @IntRange(min = 2, max = MAX) int size2,
                                               @ForAll @IntRange(min = 0, max = MAX) int seed,
                                               @ForAll @IntRange(min = 0, max = 100) int target,
                                               @ForAll @IntRange(min = 0, max = 255) int bit) {
        int size1 = 1 + seed % (size2 - 1);
        List<byte[]> proof = copy(Proofs.consistency(size1, size2, STORE));
        byte[] root1 = Proofs.root(size1, STORE);
        byte[] root2 = Proofs.root(size2, STORE);
        int which = target % (proof.size() + 2);
        byte[] victim = which == 0 ? root1 : which == 1 ? root2 : proof.get(which - 2);
        victim[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2).ok()).isFalse();
    }

    @Property(tries = 200)
    void droppingOrAddingAProofHashBreaksIt(@ForAll @IntRange(min = 2, max = MAX) int size,
                                            @ForAll @IntRange(min = 0, max = MAX) int seed,
                                            @ForAll boolean drop) {
        int index = seed % size;
        List<byte[]> proof = new ArrayList<>(Proofs.inclusion(index, size, STORE));
        if (drop) {
            proof.remove(seed % proof.size());
        } else {
            proof.add(seed % (proof.size() + 1), LEAVES.get(seed % MAX));
        }
        byte[] root = Proofs.root(size, STORE);
        assertThat(ProofVerifier.verifyInclusion(index, size, LEAVES.get(index), proof, root).ok()).isFalse();
    }

    @Property(tries = 50)
    void batchedAppendsStoreTheSameTree(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 90) Integer> batches) {
        MemoryHashStore store = new MemoryHashStore();
        int n = 0;
        for (int b : batches) {
            store.appendAll(LEAVES.subList(n, n + b));
            n += b;
            assertThat(store.size()).isEqualTo(n);
            assertThat(store.root()).isEqualTo(Reference.mth(LEAVES.subList(0, n)));
        }
    }

    @Property(tries = 200)
    void hugeTreesUseUnsignedArithmetic(@ForAll long size, @ForAll long seed, @ForAll long seed1) {
        // Sizes and indices are uint64: any long, read as unsigned, is a valid size except 0.
        if (size == 0) {
            size = -1L;
        }
        UniformTree tree = new UniformTree(Reference.leaf(7));
        long index = Long.remainderUnsigned(seed, size);
        long size1 = 1 + Long.remainderUnsigned(seed1, size);
        byte[] root = Proofs.root(size, tree);
        List<byte[]> inclusion = Proofs.inclusion(index, size, tree);
        assertThat(inclusion).hasSizeLessThanOrEqualTo(64);
        assertThat(ProofVerifier.verifyInclusion(index, size, tree.leafHash(), inclusion, root).ok()).isTrue();
        List<byte[]> consistency = Proofs.consistency(size1, size, tree);
        Verdict v = ProofVerifier.verifyConsistency(size1, size, consistency, Proofs.root(size1, tree), root);
        assertThat(v.ok()).as(v.reason()).isTrue();
        // A truncated proof is always caught by the length rules.
        if (!inclusion.isEmpty()) {
            assertThat(ProofVerifier.verifyInclusion(index, size, tree.leafHash(),
                    inclusion.subList(1, inclusion.size()), root).ok()).isFalse();
        }
    }

    static List<byte[]> copy(List<byte[]> hashes) {
        return new ArrayList<>(hashes.stream().map(byte[]::clone).toList());
    }
}
