package kz.senim.explain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and validates a model file (format "senim-explain/1", see README); reports every problem found. */
public final class ModelParser {

    public static final String FORMAT = "senim-explain/1";

    // Exact decimals (no double rounding of weights), and a duplicated key is an error, not "last one wins".
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> COMMON = Set.of("format", "id", "type", "title", "features", "outcomes", "threshold");
    private static final Set<String> SCORECARD = union(COMMON, Set.of("basePoints", "points"));
    private static final Set<String> LINEAR = union(COMMON, Set.of("intercept", "weights"));

    private final JsonFields in = new JsonFields();

    private ModelParser() {
    }

    public static ParseResult parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return new ParseResult(null, List.of(new Problem("", "not valid JSON: " + e.getOriginalMessage())));
        }
        return new ModelParser().root(root);
    }

    public static ParseResult parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static ParseResult parse(InputStream json) throws IOException {
        return parse(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private ParseResult root(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new ParseResult(null, List.of(new Problem("", "the model must be a JSON object")));
        }
        String format = in.text(root, "format", "", true);
        if (format != null && !format.equals(FORMAT)) {
            in.problem("format", "unsupported format '" + format + "' (expected \"" + FORMAT + "\")");
        }
        String id = in.text(root, "id", "", true);
        String type = in.text(root, "type", "", true);
        if (type != null && !Set.of("scorecard", "linear", "logistic").contains(type)) {
            in.problem("type", "must be \"scorecard\", \"linear\" or \"logistic\"");
            type = null;
        }
        in.onlyKeys(root, "", type == null ? union(SCORECARD, LINEAR) : type.equals("scorecard") ? SCORECARD : LINEAR);
        Labels title = in.labels(root, "title", "", false);
        List<Feature> features = new FeatureParser(in).parse(root);
        Outcome[] outcomes = outcomes(root);
        BigDecimal threshold = in.number(root, "threshold", "", true);
        if ("logistic".equals(type) && threshold != null
                && (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) >= 0)) {
            in.problem("threshold", "a logistic model's threshold is a probability strictly between 0 and 1");
        }
        ScoringModel model = null;
        if ("scorecard".equals(type)) {
            BigDecimal base = in.number(root, "basePoints", "", false);
            Map<String, FeaturePoints> points = new PointsParser(in).parse(root, features);
            if (in.problems.isEmpty()) {
                model = new Scorecard(id, title, features, new Decision(threshold, outcomes[0], outcomes[1]), base, points);
            }
        } else if (type != null) {
            BigDecimal intercept = in.number(root, "intercept", "", false);
            Map<String, Weight> weights = weights(root, features);
            if (in.problems.isEmpty()) {
                Link link = type.equals("logistic") ? Link.LOGISTIC : Link.IDENTITY;
                model = new LinearModel(id, title, features, link, intercept, weights, threshold, outcomes[0], outcomes[1]);
            }
        }
        return in.problems.isEmpty() ? new ParseResult(model, List.of()) : new ParseResult(null, in.problems);
    }

    /** [atOrAbove, below]. */
    private Outcome[] outcomes(JsonNode root) {
        Outcome[] result = new Outcome[2];
        JsonNode node = in.object(root, "outcomes", "", true);
        if (node == null) {
            return result;
        }
        in.onlyKeys(node, "outcomes", Set.of("atOrAbove", "below"));
        String[] sides = {"atOrAbove", "below"};
        for (int i = 0; i < 2; i++) {
            JsonNode side = in.object(node, sides[i], "outcomes", true);
            if (side != null) {
                String p = "outcomes." + sides[i];
                in.onlyKeys(side, p, Set.of("id", "labels"));
                String id = in.text(side, "id", p, true);
                Labels labels = in.labels(side, "labels", p, true);
                result[i] = id == null || labels == null ? null : new Outcome(id, labels);
            }
        }
        if (result[0] != null && result[1] != null && result[0].id().equals(result[1].id())) {
            in.problem("outcomes", "both sides of the threshold have the same outcome id '" + result[0].id() + "'");
        }
        return result;
    }

    private Map<String, Weight> weights(JsonNode root, List<Feature> features) {
        Map<String, Weight> weights = new LinkedHashMap<>();
        JsonNode node = in.object(root, "weights", "", true);
        if (node == null) {
            return weights;
        }
        for (String key : node.propertyNames()) {
            if (!FeatureParser.declaredIds(root).contains(key)) {
                in.problem("weights." + key, "unknown feature");
            }
        }
        for (Feature f : features) {
            String p = "weights." + f.id();
            JsonNode w = node.get(f.id());
            if (w == null) {
                in.problem(p, "missing weight for feature");
            } else if (f.isNumeric()) {
                BigDecimal k = in.number(w, p);
                if (k != null) {
                    weights.put(f.id(), new Weight.Numeric(k));
                }
            } else if (!w.isObject()) {
                in.problem(p, "a categorical feature needs an object of category → weight");
            } else {
                Map<String, BigDecimal> oneHot = new LinkedHashMap<>();
                for (String code : w.propertyNames()) {
                    if (f.category(code) == null) {
                        in.problem(p + "." + code, "unknown category");
                    }
                    BigDecimal k = in.number(w.get(code), p + "." + code);
                    if (k != null) {
                        oneHot.put(code, k);
                    }
                }
                weights.put(f.id(), new Weight.OneHot(oneHot));
            }
        }
        return weights;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
