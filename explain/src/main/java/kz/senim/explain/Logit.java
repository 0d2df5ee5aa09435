package kz.senim.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** ln(p / (1 - p)) in BigDecimal, so a probability threshold becomes an exact-enough cut on the score. */
final class Logit {

    private static final MathContext MC = new MathContext(50);
    private static final int SCALE = 30;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Logit() {
    }

    /** The logit rounded to 30 decimals; exactly 0 for p = 0.5. */
    static BigDecimal of(BigDecimal p) {
        BigDecimal odds = p.divide(BigDecimal.ONE.subtract(p), MC);
        BigDecimal result = ln(odds).setScale(SCALE, RoundingMode.HALF_EVEN);
        return result.signum() == 0 ? BigDecimal.ZERO : result.stripTrailingZeros();
    }

    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new IllegalArgumentException("ln of a non-positive number");
        }
        // Bring x into [0.5, 2] by halving/doubling, where the atanh series converges fast.
        int k = 0;
        while (x.compareTo(TWO) > 0) {
            x = x.divide(TWO, MC);
            k++;
        }
        while (x.compareTo(HALF) < 0) {
            x = x.multiply(TWO, MC);
            k--;
        }
        BigDecimal result = atanhTwice(x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), MC));
        if (k != 0) {
            BigDecimal ln2 = atanhTwice(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));
            result = result.add(ln2.multiply(BigDecimal.valueOf(k), MC), MC);
        }
        return result;
    }

    /** 2 * atanh(y) = ln((1 + y) / (1 - y)), by its power series; |y| &le; 1/3 here. */
    private static BigDecimal atanhTwice(BigDecimal y) {
        if (y.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal power = y;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        for (int n = 1; n < 1000; n += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(epsilon) < 0) {
                break;
            }
            power = power.multiply(y2, MC);
        }
        return sum.multiply(TWO, MC);
    }
}
