package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A linear model's weight for one feature. */
public sealed interface Weight {

    record Numeric(BigDecimal weight) implements Weight {
        public Numeric {
            java.util.Objects.requireNonNull(weight, "weight");
        }
    }

    /** One-hot weights; a category without a weight is the dropped reference category (weight 0). */
    record OneHot(Map<String, BigDecimal> weights) implements Weight {
        public OneHot {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        }

        public BigDecimal of(String code) {
            return weights.getOrDefault(code, BigDecimal.ZERO);
        }
    }
}
