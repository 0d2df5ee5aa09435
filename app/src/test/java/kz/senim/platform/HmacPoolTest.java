package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HmacPoolTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givesRfc4231TestCase2() {
        HmacPool pool = new HmacPool(utf8("Jefe"));

        assertThat(HexFormat.of().formatHex(pool.of(utf8("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void partsAreSeparatedByAZeroByteSoTheyCannotBeShiftedIntoEachOther() {
        HmacPool pool = new HmacPool(utf8("k"));

        assertThat(pool.of(utf8("ab"), utf8("c"))).isEqualTo(pool.of(utf8("ab\0c")));
        assertThat(pool.of(utf8("ab"), utf8("c"))).isNotEqualTo(pool.of(utf8("a"), utf8("bc")));
    }

    @Test
    void concurrentCallersEachGetTheirOwnAnswer() throws Exception {
        HmacPool pool = new HmacPool(utf8("key"));
        List<String> expected = IntStream.range(0, 2000).mapToObj(i -> HexFormat.of().formatHex(pool.of(utf8("v" + i)))).toList();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var results = IntStream.range(0, 2000).mapToObj(i -> threads.submit(() -> HexFormat.of().formatHex(pool.of(utf8("v" + i))))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        }
    }
}
