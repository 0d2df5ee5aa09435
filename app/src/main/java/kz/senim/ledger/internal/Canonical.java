package kz.senim.ledger.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form of a record: UTF-8 JSON, object members sorted by name, no insignificant white
 * space. The same record always gives the same bytes, so its commitment can be recomputed by anyone.
 */
final class Canonical {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Canonical() {
    }

    static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(sorted(node));
    }

    static byte[] bytes(Object value) {
        return bytes(JSON.valueToTree(value));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            members.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }
}
