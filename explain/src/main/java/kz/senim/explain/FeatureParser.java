package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads the "features" array; a broken feature is reported and skipped so later checks still run. */
final class FeatureParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Set<String> KEYS = Set.of("id", "labels", "unit", "kind", "immutable", "range", "step",
            "direction", "categories", "baseline");

    private final JsonFields in;

    FeatureParser(JsonFields in) {
        this.in = in;
    }

    /** Every id written in "features", even of broken features, so that their points or weights are not reported again. */
    static Set<String> declaredIds(JsonNode root) {
        Set<String> ids = new HashSet<>();
        JsonNode array = root.get("features");
        if (array != null && array.isArray()) {
            for (JsonNode f : array) {
                if (f.isObject() && f.get("id") != null && f.get("id").isString()) {
                    ids.add(f.get("id").stringValue());
                }
            }
        }
        return ids;
    }

    List<Feature> parse(JsonNode root) {
        JsonNode array = root.get("features");
        if (array == null || array.isNull()) {
            in.problem("features", "missing");
            return List.of();
        }
        if (!array.isArray() || array.isEmpty()) {
            in.problem("features", "must be a non-empty array");
            return List.of();
        }
        List<Feature> features = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "features[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                in.problem(path, "must be an object");
                continue;
            }
            Feature f = feature(node, path);
            if (f != null && !ids.add(f.id())) {
                in.problem(path + ".id", "duplicate feature id '" + f.id() + "'");
            } else if (f != null) {
                features.add(f);
            }
        }
        return features;
    }

    private Feature feature(JsonNode node, String path) {
        int before = in.problems.size();
        in.onlyKeys(node, path, KEYS);
        String id = in.text(node, "id", path, true);
        if (id != null && !ID.matcher(id).matches()) {
            in.problem(path + ".id", "must start with a letter and contain only letters, digits, '_', '.', '-'");
        }
        Labels labels = in.labels(node, "labels", path, true);
        Labels unit = in.labels(node, "unit", path, false);
        FeatureKind kind = kind(node, path);
        boolean immutable = immutable(node, path);
        BigDecimal min = null;
        BigDecimal max = null;
        JsonNode range = in.object(node, "range", path, false);
        if (range != null) {
            String p = path + ".range";
            in.onlyKeys(range, p, Set.of("min", "max"));
            min = in.number(range, "min", p, false);
            max = in.number(range, "max", p, false);
            if (min != null && max != null && min.compareTo(max) >= 0) {
                in.problem(p, "min must be below max");
            }
        }
        BigDecimal step = in.number(node, "step", path, false);
        if (step != null && step.signum() <= 0) {
            in.problem(path + ".step", "must be positive");
        }
        Direction direction = direction(node, path);
        List<Category> categories = categories(node, path);
        if (kind == FeatureKind.CATEGORICAL) {
            for (String numericOnly : List.of("range", "step", "direction", "unit")) {
                if (node.has(numericOnly)) {
                    in.problem(path + "." + numericOnly, "only numeric features can have this");
                }
            }
            if (categories.isEmpty() && !node.has("categories")) {
                in.problem(path + ".categories", "missing (a categorical feature lists its categories)");
            }
        } else if (kind == FeatureKind.NUMERIC && node.has("categories")) {
            in.problem(path + ".categories", "only categorical features have categories");
        }
        Value baseline = baseline(node, path, kind, categories);
        if (in.problems.size() > before || id == null || labels == null || kind == null) {
            return null;
        }
        return new Feature(id, labels, unit, kind, immutable, min, max, step, direction, categories, baseline);
    }

    private FeatureKind kind(JsonNode node, String path) {
        String kind = in.text(node, "kind", path, true);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "numeric" -> FeatureKind.NUMERIC;
            case "categorical" -> FeatureKind.CATEGORICAL;
            default -> {
                in.problem(path + ".kind", "must be \"numeric\" or \"categorical\"");
                yield null;
            }
        };
    }

    /** Required on purpose: whether a person can change a feature must be a deliberate statement. */
    private boolean immutable(JsonNode node, String path) {
        JsonNode n = node.get("immutable");
        if (n == null || !n.isBoolean()) {
            in.problem(path + ".immutable", n == null ? "missing (true or false must be stated)" : "must be true or false");
            return false;
        }
        return n.booleanValue();
    }

    private Direction direction(JsonNode node, String path) {
        String d = in.text(node, "direction", path, false);
        if (d == null) {
            return Direction.ANY;
        }
        return switch (d) {
            case "any" -> Direction.ANY;
            case "increase" -> Direction.INCREASE_ONLY;
            case "decrease" -> Direction.DECREASE_ONLY;
            default -> {
                in.problem(path + ".direction", "must be \"any\", \"increase\" or \"decrease\"");
                yield Direction.ANY;
            }
        };
    }

    private List<Category> categories(JsonNode node, String path) {
        JsonNode array = node.get("categories");
        List<Category> categories = new ArrayList<>();
        if (array == null) {
            return categories;
        }
        String p = path + ".categories";
        if (!array.isArray() || array.isEmpty()) {
            in.problem(p, "must be a non-empty array");
            return categories;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String cp = p + "[" + i + "]";
            JsonNode c = array.get(i);
            if (!c.isObject()) {
                in.problem(cp, "must be an object");
                continue;
            }
            in.onlyKeys(c, cp, Set.of("code", "labels"));
            String code = in.text(c, "code", cp, true);
            Labels labels = in.labels(c, "labels", cp, false);
            if (code != null && !codes.add(code)) {
                in.problem(cp + ".code", "duplicate category '" + code + "'");
            } else if (code != null) {
                categories.add(new Category(code, labels));
            }
        }
        return categories;
    }

    private Value baseline(JsonNode node, String path, FeatureKind kind, List<Category> categories) {
        JsonNode n = node.get("baseline");
        if (n == null || n.isNull() || kind == null) {
            return null;
        }
        String p = path + ".baseline";
        if (kind == FeatureKind.NUMERIC) {
            BigDecimal b = in.number(n, p);
            return b == null ? null : Value.of(b);
        }
        if (!n.isString()) {
            in.problem(p, "must be a category code");
            return null;
        }
        if (categories.stream().noneMatch(c -> c.code().equals(n.stringValue()))) {
            in.problem(p, "unknown category '" + n.stringValue() + "'");
            return null;
        }
        return Value.category(n.stringValue());
    }
}
