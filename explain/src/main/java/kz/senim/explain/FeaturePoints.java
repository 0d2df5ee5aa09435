package kz.senim.explain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a scorecard awards points for one feature. */
public sealed interface FeaturePoints {

    /** Ordered, contiguous, non-overlapping bins for a numeric feature. */
    record Bins(List<Bin> bins) implements FeaturePoints {
        public Bins {
            bins = List.copyOf(bins);
        }

        public int indexOf(BigDecimal x) {
            for (int i = 0; i < bins.size(); i++) {
                if (bins.get(i).contains(x)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Points per category code for a categorical feature. */
    record Categories(Map<String, BigDecimal> points) implements FeaturePoints {
        public Categories {
            points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
        }
    }
}
