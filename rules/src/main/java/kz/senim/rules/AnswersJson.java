package kz.senim.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Answers as JSON clients send them: {@code {"q": value}} or {@code {"q": {"value": v, "evidence": [...]}}};
 * a value is a boolean, an option id, a list of option ids, a number or a text. Anything else is passed
 * on as text, so that the classifier reports the wrong type.
 */
public final class AnswersJson {

    private AnswersJson() {
    }

    public static Map<String, Answer> read(JsonNode answers) {
        Map<String, Answer> out = new LinkedHashMap<>();
        if (answers != null && answers.isObject()) {
            answers.properties().forEach(e -> out.put(e.getKey(), answer(e.getValue())));
        }
        return out;
    }

    public static Answer answer(JsonNode node) {
        if (node.isObject() && node.has("value")) {
            List<String> evidence = new ArrayList<>();
            node.path("evidence").forEach(x -> evidence.add(x.asString()));
            return new Answer(value(node.get("value")), evidence);
        }
        return new Answer(value(node), List.of());
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(x -> items.add(x.isString() ? x.asString() : value(x)));
            return items;
        }
        return v.isString() ? v.asString() : v.toString();
    }
}
