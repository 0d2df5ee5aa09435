package kz.senim.gateway.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One string value inside a request or answer body. Every string is scanned except protocol fields
 * (model, role, ids and the like), so that no message, content part, tool result, tool-call
 * argument or {@code input} item of any shape is missed.
 *
 * @param json the value is itself JSON text (tool-call arguments): restored values are escaped for it
 */
record Slot(JsonNode parent, String field, int index, boolean json) {

    /**
     * Protocol fields only. URLs, inline file and audio data and opaque content are scanned too: a URL can carry
     * an IIN in its query, and a field that is usually binary is not always so.
     */
    private static final Set<String> STRUCTURAL = Set.of("model", "role", "type", "id", "object", "tool_call_id", "call_id",
            "item_id", "response_id", "previous_response_id", "file_id", "detail", "format", "service_tier",
            "reasoning_effort", "effort", "truncation", "finish_reason", "status", "system_fingerprint", "logprobs",
            "voice", "modalities");

    String get() {
        return field != null ? parent.get(field).stringValue() : parent.get(index).stringValue();
    }

    void set(String value) {
        if (field != null) {
            ((ObjectNode) parent).put(field, value);
        } else {
            ((ArrayNode) parent).set(index, value);
        }
    }

    /** The scannable strings of a tree, in document order. */
    static List<Slot> of(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        walk(root, false, out);
        return out;
    }

    private static void walk(JsonNode node, boolean json, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                String key = e.getKey();
                JsonNode v = e.getValue();
                if (STRUCTURAL.contains(key)) {
                    continue;
                }
                if (v.isString()) {
                    out.add(new Slot(object, key, -1, key.equals("arguments")));
                } else if (v.isContainer()) {
                    walk(v, key.equals("arguments"), out);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode v = array.get(i);
                if (v.isString()) {
                    out.add(new Slot(array, null, i, json));
                } else if (v.isContainer()) {
                    walk(v, json, out);
                }
            }
        }
    }
}
