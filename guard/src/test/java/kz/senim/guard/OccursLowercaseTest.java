package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccursLowercaseTest {

    private static boolean occurs(String text, String word) {
        ScanText st = new ScanText(text);
        for (int t = 0; t < st.tokenCount(); t++) {
            if (text.substring(st.start(t), st.end(t)).equals(word)) {
                return st.occursLowercase(t);
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void sentenceOpenersAndOtherWords() {
        assertThat(occurs("Роза цветёт. Эта роза красная.", "Роза")).isTrue();
        assertThat(occurs("Роза пришла. Она ушла.", "Роза")).isFalse();
        assertThat(occurs("Вчера Роза пришла, роза цветёт.", "Роза")).isTrue();
        assertThat(occurs("Вчера Роза пришла.", "Роза")).isFalse();
        assertThat(occurs("РОЗА. роза", "РОЗА")).isTrue();
    }

    @Test
    void wordsSharingAHashAreToldApart() {
        assertThat("ая".hashCode()).isEqualTo("ба".hashCode());
        assertThat(occurs("Ба сказал. ая тут.", "Ба")).isFalse();
        assertThat(occurs("Ба сказал. ая тут, ба.", "Ба")).isTrue();
        assertThat(occurs("Ая сказал. ба тут. ая", "Ая")).isTrue();
        assertThat(occurs("Слово Ба сказал. ая тут.", "Ба")).isFalse();
        assertThat(occurs("Слово Ба сказал. ая тут, ба.", "Ба")).isTrue();
    }
}
