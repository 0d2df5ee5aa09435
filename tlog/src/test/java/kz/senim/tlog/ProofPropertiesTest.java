package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random trees: generated proofs match the RFC definitions, verify, and break when touched. Cases come
 * from a fixed seed, so a failure is reproducible, and include the edges (sizes 1 and MAX).
 */
class ProofPropertiesTest {

    static final int MAX = 1100;
    static final List<byte[]> LEAVES = Reference.leaves(MAX);
    static final MemoryHashStore STORE = new MemoryHashStore();

    static {
        STORE.appendAll(LEAVES);
    }

    @ParameterizedTest
    @MethodSource("rootsMatchTheDefinitionCases")
    void rootsMatchTheDefinition(int size) {
        assertThat(Proofs.root(size, STORE)).isEqualTo(Reference.mth(LEAVES.subList(0, size)));
    }

    @ParameterizedTest
    @MethodSource("inclusionProofsMatchTheDefinitionAndVerifyCases")
    void inclusionProofsMatchTheDefinitionAndVerify(int size,
                                                     int seed) {
        int index = seed % size;
        List<byte[]> proof = Proofs.inclusion(index, size, STORE);
        assertThat(proof).containsExactlyElementsOf(Reference.path(index, LEAVES.subList(0, size)));
        byte[] root = Proofs.root(size, STORE);
        assertThat(ProofVerifier.verifyInclusion(index, size, LEAVES.get(index), proof, root).ok()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("consistencyProofsMatchTheDefinitionAndVerifyCases")
    void consistencyProofsMatchTheDefinitionAndVerify(int size2,
                                                       int seed) {
        int size1 = 1 + seed % size2;
        List<byte[]> proof = Proofs.consistency(size1, size2, STORE);
        assertThat(proof).containsExactlyElementsOf(Reference.proof(size1, LEAVES.subList(0, size2)));
        Verdict v = ProofVerifier.verifyConsistency(size1, size2, proof,
                Proofs.root(size1, STORE), Proofs.root(size2, STORE));
        assertThat(v.ok()).as(v.reason()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("anyFlippedBitBreaksAnInclusionProofCases")
    void anyFlippedBitBreaksAnInclusionProof(int size,
                                              int seed,
                                              int target,
                                              int bit) {
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

    @ParameterizedTest
    @MethodSource("anyFlippedBitBreaksAConsistencyProofCases")
    void anyFlippedBitBreaksAConsistencyProof(int size2,
                                               int seed,
                                               int target,
                                               int bit) {
        int size1 = 1 + seed % (size2 - 1);
        List<byte[]> proof = copy(Proofs.consistency(size1, size2, STORE));
        byte[] root1 = Proofs.root(size1, STORE);
        byte[] root2 = Proofs.root(size2, STORE);
        int which = target % (proof.size() + 2);
        byte[] victim = which == 0 ? root1 : which == 1 ? root2 : proof.get(which - 2);
        victim[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2).ok()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("droppingOrAddingAProofHashBreaksItCases")
    void droppingOrAddingAProofHashBreaksIt(int size,
                                            int seed,
                                            boolean drop) {
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

    @ParameterizedTest
    @MethodSource("batchedAppendsStoreTheSameTreeCases")
    void batchedAppendsStoreTheSameTree(List<Integer> batches) {
        MemoryHashStore store = new MemoryHashStore();
        int n = 0;
        for (int b : batches) {
            store.appendAll(LEAVES.subList(n, n + b));
            n += b;
            assertThat(store.size()).isEqualTo(n);
            assertThat(store.root()).isEqualTo(Reference.mth(LEAVES.subList(0, n)));
        }
    }

    @ParameterizedTest
    @MethodSource("hugeTreesUseUnsignedArithmeticCases")
    void hugeTreesUseUnsignedArithmetic(long size, long seed, long seed1) {
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

    private static final long SEED = 0x53656e696dL;

    private static Stream<Arguments> cases(int n, java.util.function.Function<Random, Object[]> make) {
        Random random = new Random(SEED + n);
        return IntStream.range(0, n).mapToObj(i -> Arguments.of(make.apply(random)));
    }

    private static int in(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    static Stream<Arguments> rootsMatchTheDefinitionCases() {
        return Stream.concat(Stream.of(Arguments.of(0), Arguments.of(1), Arguments.of(MAX)),
                cases(150, r -> new Object[] {in(r, 0, MAX)}));
    }

    static Stream<Arguments> inclusionProofsMatchTheDefinitionAndVerifyCases() {
        return Stream.concat(Stream.of(Arguments.of(1, 0), Arguments.of(MAX, MAX - 1)),
                cases(200, r -> new Object[] {in(r, 1, MAX), in(r, 0, MAX)}));
    }

    static Stream<Arguments> consistencyProofsMatchTheDefinitionAndVerifyCases() {
        return cases(200, r -> new Object[] {in(r, 1, MAX), in(r, 0, MAX)});
    }

    static Stream<Arguments> anyFlippedBitBreaksAnInclusionProofCases() {
        return cases(300, r -> new Object[] {in(r, 1, MAX), in(r, 0, MAX), in(r, 0, 100), in(r, 0, 255)});
    }

    static Stream<Arguments> anyFlippedBitBreaksAConsistencyProofCases() {
        return cases(300, r -> new Object[] {in(r, 2, MAX), in(r, 0, MAX), in(r, 0, 100), in(r, 0, 255)});
    }

    static Stream<Arguments> droppingOrAddingAProofHashBreaksItCases() {
        return cases(200, r -> new Object[] {in(r, 2, MAX), in(r, 0, MAX), r.nextBoolean()});
    }

    static Stream<Arguments> batchedAppendsStoreTheSameTreeCases() {
        return cases(50, r -> new Object[] {IntStream.range(0, in(r, 1, 12)).mapToObj(i -> in(r, 0, 90)).toList()});
    }

    static Stream<Arguments> hugeTreesUseUnsignedArithmeticCases() {
        return Stream.concat(Stream.of(Arguments.of(-1L, -1L, -1L), Arguments.of(Long.MIN_VALUE, 1L, Long.MAX_VALUE)),
                cases(200, r -> new Object[] {r.nextLong(), r.nextLong(), r.nextLong()}));
    }

    static List<byte[]> copy(List<byte[]> hashes) {
        return new ArrayList<>(hashes.stream().map(byte[]::clone).toList());
    }
}
