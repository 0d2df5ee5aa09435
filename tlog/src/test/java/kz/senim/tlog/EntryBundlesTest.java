package kz.senim.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryBundlesTest {

    @Test
    void encodesBigEndianLengthPrefixes() {
        byte[] b = EntryBundles.encode(List.of(new byte[] {7}, new byte[0], new byte[300]));
        assertThat(HexFormat.of().formatHex(b, 0, 7)).isEqualTo("0001070000012c");
        assertThat(b).hasSize(3 + 2 + 2 + 300);
        List<byte[]> back = EntryBundles.decode(b);
        assertThat(back).hasSize(3);
        assertThat(back.get(0)).containsExactly(7);
        assertThat(back.get(1)).isEmpty();
        assertThat(back.get(2)).hasSize(300);
        assertThat(EntryBundles.decode(new BundleId(0, 3), b)).hasSize(3);
    }

    @Test
    void rejectsBadBundles() {
        assertThatThrownBy(() -> EntryBundles.decode(new byte[] {0})).hasMessageContaining("length prefix");
        assertThatThrownBy(() -> EntryBundles.decode(new byte[] {0, 2, 1})).hasMessageContaining("claims 2 bytes");
        assertThatThrownBy(() -> EntryBundles.decode(new BundleId(0, 2), new byte[] {0, 0}))
                .hasMessageContaining("should hold 2");
        assertThatThrownBy(() -> EntryBundles.encode(List.of(new byte[65536]))).hasMessageContaining("uint16");
        assertThatThrownBy(() -> EntryBundles.encode(Collections.nCopies(257, new byte[0]))).hasMessageContaining("256");
        assertThatThrownBy(() -> EntryBundles.decode(new byte[257 * 2])).hasMessageContaining("more than 256");
    }

    @Test
    void entriesHashToTheirLevelZeroTile() {
        List<byte[]> entries = List.of("a".getBytes(), "b".getBytes());
        MemoryHashStore store = new MemoryHashStore();
        for (byte[] e : EntryBundles.decode(EntryBundles.encode(entries))) {
            store.append(Hashes.leafHash(e));
        }
        byte[] tile = Tiles.read(new TileId(0, 0, 2), store);
        assertThat(java.util.Arrays.copyOfRange(tile, 32, 64)).isEqualTo(Hashes.leafHash("b".getBytes()));
    }
}
