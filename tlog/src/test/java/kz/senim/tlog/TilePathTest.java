package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TilePathTest {

    @Test
    void encodesIndexesInThreeDigitGroups() {
        assertThat(TileId.full(0, 1234067).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(TileId.full(2, 0).path()).isEqualTo("tile/2/000");
        assertThat(new TileId(1, 999, 17).path()).isEqualTo("tile/1/999.p/17");
        assertThat(TileId.full(0, 1000).path()).isEqualTo("tile/0/x001/000");
        assertThat(BundleId.full(1234067).path()).isEqualTo("tile/entries/x001/x234/067");
        assertThat(new BundleId(5, 1).path()).isEqualTo("tile/entries/005.p/1");
        assertThat(TileId.full(0, -1L).path()).isEqualTo("tile/0/x018/x446/x744/x073/x709/x551/615");
    }

    @Test
    void parsesPathsBack() {
        assertThat(TilePath.parse("tile/0/x001/x234/067")).isEqualTo(TileId.full(0, 1234067));
        assertThat(TilePath.parse("tile/3/x001/x234/067.p/255")).isEqualTo(new TileId(3, 1234067, 255));
        assertThat(TilePath.parse("tile/entries/000.p/1")).isEqualTo(new BundleId(0, 1));
        assertThat(TilePath.parse("tile/63/x018/x446/x744/x073/x709/x551/615")).isEqualTo(TileId.full(63, -1L));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> pathsRoundTripCases() {
        java.util.Random r = new java.util.Random(0x50617468L);
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(org.junit.jupiter.params.provider.Arguments.of(0, 0L, 256, false),
                        org.junit.jupiter.params.provider.Arguments.of(63, -1L, 1, true)),
                java.util.stream.IntStream.range(0, 200).mapToObj(i -> org.junit.jupiter.params.provider.Arguments.of(
                        r.nextInt(64), r.nextLong(), 1 + r.nextInt(256), r.nextBoolean())));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("pathsRoundTripCases")
    void pathsRoundTrip(int level, long index, int width, boolean bundle) {
        TilePath t = bundle ? new BundleId(index, width) : new TileId(level, index, width);
        assertThat(TilePath.parse(t.path())).isEqualTo(t);
        assertThat(t.isPartial()).isEqualTo(width < 256);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "tile/", "tiles/0/000", "/tile/0/000", "tile/0", "tile/0/", "tile/00/000", "tile/64/000", "tile/-1/000",
        "tile/x/000", "tile/0/1", "tile/0/0000", "tile/0/x000/001", "tile/0/001/x002", "tile/0/x1/000",
        "tile/0/00a", "tile/0/001.p/0", "tile/0/001.p/256", "tile/0/001.p/08", "tile/0/001.p/", "tile/0/001.p",
        "tile/0/001/", "tile/entries/", "tile/entries/x001", "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/001.p/5/", "tile/0/.p/5", "tile/0/x001.p/x002/003",
    })
    void rejectsNonCanonicalPaths(String path) {
        assertThatThrownBy(() -> TilePath.parse(path)).isInstanceOf(TlogException.class);
    }

    @Test
    void tilesOfTheSpecExampleTree() {
        // "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial level 0
        // tile of width 112, one full level 1 tile, one partial level 1 tile of width 17, and one
        // partial level 2 tile of width 1."
        List<TileId> tiles = Tiles.newTiles(0, 70_000);
        assertThat(tiles.stream().filter(t -> t.level() == 0 && !t.isPartial())).hasSize(273);
        assertThat(tiles.stream().filter(t -> t.level() == 0 && t.isPartial())).containsExactly(new TileId(0, 273, 112));
        assertThat(tiles.stream().filter(t -> t.level() == 1)).containsExactly(TileId.full(1, 0), new TileId(1, 1, 17));
        assertThat(tiles.stream().filter(t -> t.level() == 2)).containsExactly(new TileId(2, 0, 1));
        assertThat(tiles).hasSize(273 + 1 + 2 + 1);
        // "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1."
        assertThat(Tiles.newTiles(0, 256)).containsExactly(TileId.full(0, 0), new TileId(1, 0, 1));
    }

    @Test
    void existenceAtATreeSize() {
        assertThat(TileId.full(0, 0).existsAt(255)).isFalse();
        assertThat(TileId.full(0, 0).existsAt(256)).isTrue();
        assertThat(new TileId(0, 1, 3).existsAt(259)).isTrue();
        assertThat(new TileId(0, 1, 4).existsAt(259)).isFalse();
        assertThat(new TileId(1, 0, 1).existsAt(256)).isTrue();
        assertThat(new TileId(8, 0, 1).existsAt(-1L)).isFalse();
        assertThat(TileId.full(0, -1L).existsAt(-1L)).isFalse();
        assertThat(TileId.atSize(0, 1, 300)).isEqualTo(new TileId(0, 1, 44));
        assertThatThrownBy(() -> TileId.atSize(0, 2, 300)).isInstanceOf(TlogException.class);
        assertThat(BundleId.atSize(1, 512)).isEqualTo(BundleId.full(1));
        assertThat(Tiles.newBundles(200, 600)).containsExactly(BundleId.full(0), BundleId.full(1), new BundleId(2, 88));
        assertThat(Tiles.newBundles(600, 600)).isEmpty();
    }

    @Test
    void tileContentIsTheHashesAtItsLevel() {
        MemoryHashStore store = new MemoryHashStore();
        store.appendAll(Reference.leaves(600));
        byte[] level0 = Tiles.read(new TileId(0, 1, 10), store);
        assertThat(level0).hasSize(320);
        assertThat(java.util.Arrays.copyOfRange(level0, 0, 32)).isEqualTo(Reference.leaf(256));
        byte[] level1 = Tiles.read(new TileId(1, 0, 2), store);
        assertThat(java.util.Arrays.copyOfRange(level1, 32, 64)).isEqualTo(Reference.mth(Reference.leaves(512).subList(256, 512)));
        assertThatThrownBy(() -> Tiles.read(new TileId(1, 0, 3), store)).isInstanceOf(TlogException.class);
    }

    @Test
    void tilesComputedFromLeafHashesAloneMatch() {
        List<byte[]> leaves = Reference.leaves(600);
        MemoryHashStore store = new MemoryHashStore();
        store.appendAll(leaves);
        List<String> reads = new java.util.ArrayList<>();
        LeafHashReader fromLeaves = new LeafHashReader((start, count) -> {
            reads.add(start + "+" + count);
            return leaves.subList((int) start, (int) start + count);
        });
        for (TileId t : Tiles.newTiles(0, 600)) {
            assertThat(Tiles.read(t, fromLeaves)).isEqualTo(Tiles.read(t, store));
        }
        // The level-1 tile (2 hashes of 256 leaves each) takes one leaf read.
        assertThat(reads).contains("0+512");
        assertThat(Proofs.root(600, fromLeaves)).isEqualTo(store.root());
        assertThatThrownBy(() -> fromLeaves.readHashes(List.of(new NodeId(17, 0)))).hasMessageContaining("too high");
        assertThatThrownBy(() -> Tiles.read(TileId.full(7, 1), store)).hasMessageContaining("beyond any 64-bit tree");
    }

    @Test
    void tileReaderRejectsWrongTiles() {
        TileHashReader shortTile = new TileHashReader(300, t -> new byte[31]);
        assertThatThrownBy(() -> Proofs.root(300, shortTile)).hasMessageContaining("should be");
        TileHashReader any = new TileHashReader(300, t -> new byte[t.width() * 32]);
        assertThatThrownBy(() -> any.readHashes(List.of(new NodeId(0, 300)))).hasMessageContaining("not complete");
    }
}
