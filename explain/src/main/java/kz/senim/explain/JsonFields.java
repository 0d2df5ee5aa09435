package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Typed reads from a JSON tree that record a {@link Problem} instead of failing, so all problems are reported. */
final class JsonFields {

    final List<Problem> problems = new ArrayList<>();

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports every key not in {@code allowed}; catches typos such as "treshold". */
    void onlyKeys(JsonNode object, String path, Set<String> allowed) {
        for (String key : object.propertyNames()) {
            if (!allowed.contains(key)) {
                problem(at(path, key), "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    JsonNode object(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(at(path, key), "missing");
            }
            return null;
        }
        if (!n.isObject()) {
            problem(at(path, key), "must be an object");
            return null;
        }
        return n;
    }

    String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(at(path, key), "missing");
            }
            return null;
        }
        if (!n.isString() || n.stringValue().isBlank()) {
            problem(at(path, key), "must be a non-empty string");
            return null;
        }
        return n.stringValue();
    }

    BigDecimal number(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                problem(at(path, key), "missing");
            }
            return null;
        }
        return number(n, at(path, key));
    }

    BigDecimal number(JsonNode n, String path) {
        if (!n.isNumber()) {
            problem(path, "must be a number");
            return null;
        }
        return n.decimalValue();
    }

    /** Labels in all three languages; each missing or blank language is its own problem. */
    Labels labels(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = object(parent, key, path, required);
        if (n == null) {
            return null;
        }
        String p = at(path, key);
        onlyKeys(n, p, Set.of("kk", "ru", "en"));
        String kk = text(n, "kk", p, true);
        String ru = text(n, "ru", p, true);
        String en = text(n, "en", p, true);
        return kk == null || ru == null || en == null ? null : new Labels(kk, ru, en);
    }
}
