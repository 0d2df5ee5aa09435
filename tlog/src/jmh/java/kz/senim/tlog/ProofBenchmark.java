package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Proof generation and verification on a 10-million-leaf tree. The reader serves stored hashes from
 * memory the way an array-backed store would; its hash values are random (not a consistent tree),
 * which does not change the work of generating a proof: plan, one batched read, fold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ProofBenchmark {

    static final long SIZE = 10_000_000L;

    private HashReader reader;
    private byte[] leaf;
    private List<byte[]> proof;
    private byte[] root;
    private final long fixedIndex = 7_654_321L;

    @Setup
    public void setup() {
        Random random = new Random(1);
        byte[][][] pool = new byte[64][4096][32];
        for (byte[][] level : pool) {
            for (byte[] h : level) {
                random.nextBytes(h);
            }
        }
        reader = ids -> {
            List<byte[]> out = new ArrayList<>(ids.size());
            for (NodeId id : ids) {
                out.add(pool[id.level()][(int) (id.index() & 4095)]);
            }
            return out;
        };
        // For verification we need a genuine tree: one whose leaves all share a hash, so each
        // complete subtree at level L has the same hash z[L].
        byte[][] z = new byte[64][];
        z[0] = Hashes.leafHash(new byte[] {1});
        for (int l = 1; l < 64; l++) {
            z[l] = Hashes.nodeHash(z[l - 1], z[l - 1]);
        }
        HashReader uniform = ids -> ids.stream().map(id -> z[id.level()]).toList();
        leaf = z[0];
        proof = Proofs.inclusion(fixedIndex, SIZE, uniform);
        root = Proofs.root(SIZE, uniform);
        ProofVerifier.verifyInclusion(fixedIndex, SIZE, leaf, proof, root).orThrow();
    }

    @Benchmark
    public List<byte[]> inclusionProof() {
        return Proofs.inclusion(ThreadLocalRandom.current().nextLong(SIZE), SIZE, reader);
    }

    @Benchmark
    public List<byte[]> consistencyProof() {
        return Proofs.consistency(1 + ThreadLocalRandom.current().nextLong(SIZE - 1), SIZE, reader);
    }

    @Benchmark
    public Verdict verifyInclusion() {
        return ProofVerifier.verifyInclusion(fixedIndex, SIZE, leaf, proof, root);
    }
}
