package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client reading tiles gets the same roots and proofs as the log reading its stored hashes. */
class TilePropertiesTest {

    // Large enough for a partial level-2 tile (65,536 leaves per level-2 hash).
    static final int MAX = 70_000;
    static final MemoryHashStore STORE = new MemoryHashStore();

    static {
        STORE.appendAll(Reference.leaves(MAX));
    }

    @ParameterizedTest
    @MethodSource("tileReadsReproduceRootsAndProofsCases")
    void tileReadsReproduceRootsAndProofs(int size,
                                          int seed) {
        List<TileId> fetched = new ArrayList<>();
        TileHashReader tiles = new TileHashReader(size, tile -> {
            // A client must only ask for tiles that a tree of this size has.
            assertThat(tile.existsAt(size)).as("%s at size %d", tile, size).isTrue();
            assertThat(TileId.atSize(tile.level(), tile.index(), size)).isEqualTo(tile);
            fetched.add(tile);
            return Tiles.read(tile, STORE);
        });
        int index = seed % size;
        int size1 = 1 + seed % size;
        assertThat(Proofs.root(size, tiles)).isEqualTo(Proofs.root(size, STORE));
        assertThat(Proofs.inclusion(index, size, tiles)).containsExactlyElementsOf(Proofs.inclusion(index, size, STORE));
        assertThat(Proofs.consistency(size1, size, tiles)).containsExactlyElementsOf(Proofs.consistency(size1, size, STORE));
        // Each tile is fetched once per reader, and only a few are needed (about two per tile level).
        assertThat(new HashSet<>(fetched)).hasSameSizeAs(fetched);
        assertThat(fetched.size()).isLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("newTilesCoverEveryTileExactlyOnceAsTheTreeGrowsCases")
    void newTilesCoverEveryTileExactlyOnceAsTheTreeGrows(int a,
                                                         int b) {
        int oldSize = Math.min(a, b);
        int newSize = Math.max(a, b);
        Set<TileId> before = allTiles(oldSize);
        Set<TileId> after = allTiles(newSize);
        Set<TileId> expected = new HashSet<>(after);
        expected.removeAll(before);
        List<TileId> fresh = Tiles.newTiles(oldSize, newSize);
        assertThat(fresh).doesNotHaveDuplicates();
        assertThat(new HashSet<>(fresh)).isEqualTo(expected);
    }

    static Stream<Arguments> tileReadsReproduceRootsAndProofsCases() {
        Random r = new Random(0x54696c65L);
        return Stream.concat(Stream.of(Arguments.of(1, 0), Arguments.of(MAX, MAX - 1), Arguments.of(65_536, 3)),
                IntStream.range(0, 100).mapToObj(i -> Arguments.of(1 + r.nextInt(MAX), r.nextInt(MAX + 1))));
    }

    static Stream<Arguments> newTilesCoverEveryTileExactlyOnceAsTheTreeGrowsCases() {
        Random r = new Random(0x4e657754L);
        return Stream.concat(Stream.of(Arguments.of(0, MAX), Arguments.of(256, 257), Arguments.of(65_535, 65_536)),
                IntStream.range(0, 100).mapToObj(i -> Arguments.of(r.nextInt(MAX + 1), r.nextInt(MAX + 1))));
    }

    /** Every full tile and the rightmost partial tiles at a size, by brute force. */
    static Set<TileId> allTiles(long size) {
        Set<TileId> out = new HashSet<>();
        for (int level = 0; level < 3; level++) {
            long hashes = size >>> (8 * level);
            for (long n = 0; n * 256 < hashes; n++) {
                out.add(new TileId(level, n, (int) Math.min(256, hashes - n * 256)));
            }
        }
        return out;
    }
}
