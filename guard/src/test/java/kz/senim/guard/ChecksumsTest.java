package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void kazakhstanControlDigitFirstPass() {
        // 8*1+7*2+0*3+4*4+1*5+2*6+3*7+0*8+0*9+2*10+1*11 = 107; 107 mod 11 = 8
        assertThat(Checksums.kzControlDigit("87041230021", 0)).isEqualTo(8);
        assertThat(Checksums.kzValid("870412300218", 0)).isTrue();
        assertThat(Checksums.kzValid("870412300217", 0)).isFalse();
    }

    @Test
    void kazakhstanControlDigitSecondPass() {
        // find a prefix whose first pass gives 10 and check the second weights are used
        String prefix = null;
        for (int i = 0; i < 100000 && prefix == null; i++) {
            String p = String.format("9001013%04d", i);
            int sum = 0;
            for (int k = 0; k < 11; k++) {
                sum += (p.charAt(k) - '0') * (k + 1);
            }
            if (sum % 11 == 10) {
                prefix = p;
            }
        }
        assertThat(prefix).isNotNull();
        int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int sum = 0;
        for (int k = 0; k < 11; k++) {
            sum += (prefix.charAt(k) - '0') * w2[k];
        }
        int expected = sum % 11 == 10 ? -1 : sum % 11;
        assertThat(Checksums.kzControlDigit(prefix, 0)).isEqualTo(expected);
    }

    @Test
    void luhnIbanInnSnils() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.ibanValid("KZ86125KZT5004100100")).isTrue();
        assertThat(Checksums.ibanValid("KZ87125KZT5004100100")).isFalse();
        assertThat(Checksums.innValid("7707083893")).isTrue();
        assertThat(Checksums.innValid("7707083894")).isFalse();
        assertThat(Checksums.innValid("500100732259")).isTrue();
        assertThat(Checksums.innValid("500100732258")).isFalse();
        assertThat(Checksums.snilsValid("11223344595")).isTrue();
        assertThat(Checksums.snilsValid("11223344596")).isFalse();
    }
}
