package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a scorecard's "points": bins must be ordered and contiguous, categories complete. */
final class PointsParser {

    private final JsonFields in;

    PointsParser(JsonFields in) {
        this.in = in;
    }

    Map<String, FeaturePoints> parse(JsonNode root, List<Feature> features) {
        Map<String, FeaturePoints> points = new LinkedHashMap<>();
        JsonNode node = in.object(root, "points", "", true);
        if (node == null) {
            return points;
        }
        for (String key : node.propertyNames()) {
            if (!FeatureParser.declaredIds(root).contains(key)) {
                in.problem("points." + key, "unknown feature");
            }
        }
        for (Feature f : features) {
            String p = "points." + f.id();
            JsonNode fp = in.object(node, f.id(), "points", false);
            if (fp == null) {
                if (!node.has(f.id())) {
                    in.problem(p, "missing points for feature");
                }
                continue;
            }
            FeaturePoints parsed = f.isNumeric() ? bins(f, fp, p) : categories(f, fp, p);
            if (parsed != null) {
                points.put(f.id(), parsed);
            }
        }
        return points;
    }

    private FeaturePoints bins(Feature f, JsonNode node, String path) {
        in.onlyKeys(node, path, Set.of("bins"));
        JsonNode array = node.get("bins");
        String p = path + ".bins";
        if (array == null || !array.isArray() || array.isEmpty()) {
            in.problem(p, "a numeric feature needs a non-empty array of bins");
            return null;
        }
        int before = in.problems.size();
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String bp = p + "[" + i + "]";
            JsonNode b = array.get(i);
            if (!b.isObject()) {
                in.problem(bp, "must be an object");
                continue;
            }
            in.onlyKeys(b, bp, Set.of("lower", "upper", "points"));
            BigDecimal lower = in.number(b, "lower", bp, false);
            BigDecimal upper = in.number(b, "upper", bp, false);
            BigDecimal points = in.number(b, "points", bp, true);
            if (lower == null && i > 0 && !b.has("lower")) {
                in.problem(bp + ".lower", "only the first bin may be open below");
            }
            if (upper == null && i < array.size() - 1 && !b.has("upper")) {
                in.problem(bp + ".upper", "only the last bin may be open above");
            }
            if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
                in.problem(bp, "lower must be below upper (bins are [lower, upper))");
            }
            if (points != null) {
                bins.add(new Bin(lower, upper, points));
            }
        }
        if (in.problems.size() > before) {
            return null;
        }
        for (int i = 0; i + 1 < bins.size(); i++) {
            String bp = p + "[" + (i + 1) + "].lower";
            BigDecimal end = bins.get(i).upper();
            BigDecimal next = bins.get(i + 1).lower();
            if (end == null || next == null) {
                in.problem(bp, end == null ? "bin " + i + " is open above but is not the last" : "only the first bin may be open below");
            } else if (next.compareTo(end) > 0) {
                in.problem(bp, "gap: previous bin ends at " + end.toPlainString() + ", this one starts at " + next.toPlainString());
            } else if (next.compareTo(end) < 0) {
                in.problem(bp, "overlap: previous bin ends at " + end.toPlainString() + ", this one starts at " + next.toPlainString());
            }
        }
        Bin first = bins.getFirst();
        Bin last = bins.getLast();
        if (f.min() != null && first.lower() != null && first.lower().compareTo(f.min()) > 0) {
            in.problem(p + "[0].lower", "bins do not cover the feature's range: min " + f.min().toPlainString() + " is below the first bin");
        }
        if (f.max() != null && last.upper() != null && last.upper().compareTo(f.max()) <= 0) {
            in.problem(p + "[" + (bins.size() - 1) + "].upper", "bins do not cover the feature's range: max " + f.max().toPlainString() + " is not below the last upper bound");
        }
        FeaturePoints.Bins result = new FeaturePoints.Bins(bins);
        if (in.problems.size() > before) {
            return null;
        }
        if (f.baseline() instanceof Value.Num(BigDecimal b) && result.indexOf(b) < 0) {
            in.problem("features." + f.id() + ".baseline", "baseline " + b.toPlainString() + " is in no bin");
        }
        return result;
    }

    private FeaturePoints categories(Feature f, JsonNode node, String path) {
        in.onlyKeys(node, path, Set.of("categories"));
        JsonNode map = in.object(node, "categories", path, true);
        if (map == null) {
            return null;
        }
        String p = path + ".categories";
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (String code : map.propertyNames()) {
            if (f.category(code) == null) {
                in.problem(p + "." + code, "unknown category");
            }
        }
        for (Category c : f.categories()) {
            JsonNode n = map.get(c.code());
            if (n == null) {
                in.problem(p + "." + c.code(), "missing points for category");
                continue;
            }
            BigDecimal v = in.number(n, p + "." + c.code());
            if (v != null) {
                points.put(c.code(), v);
            }
        }
        return new FeaturePoints.Categories(points);
    }
}
