package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanTextTest {

    private static long[] filterOf(String... lowerWords) {
        long[] filter = new long[64];
        for (String w : lowerWords) {
            int b = ScanText.hashBit(w.hashCode(), 12);
            filter[b >>> 6] |= 1L << b;
        }
        return filter;
    }

    @Test
    void tokensAreFoundByTheirLowerCaseHash() {
        ScanText st = new ScanText("Гриф: СЕКРЕТНО, 12 секретно; не секрет.");
        long[] filter = filterOf("секретно");
        List<String> found = new ArrayList<>();
        for (int t = st.nextWithHashBit(0, filter); t < st.tokenCount(); t = st.nextWithHashBit(t + 1, filter)) {
            found.add(st.text().substring(st.start(t), st.end(t)));
        }
        // a filter may let other words by; these are the ones with the bit
        assertThat(found).contains("СЕКРЕТНО", "секретно").doesNotContain("12");
        assertThat(st.nextWithHashBit(0, new long[64])).isEqualTo(st.tokenCount());
    }

    @Test
    void tokensSpeltAlike() {
        ScanText st = new ScanText("Мамин, мамин и Мамин");
        assertThat(st.sameChars(0, 3)).isTrue(); // Мамин, Мамин
        assertThat(st.sameChars(0, 1)).isFalse(); // case counts
        assertThat(st.sameChars(0, 2)).isFalse();
    }
}
