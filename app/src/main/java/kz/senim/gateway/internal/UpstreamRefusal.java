package kz.senim.gateway.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An upstream's refusal, rebuilt as an OpenAI-style error before it reaches the caller. Refusals have no
 * fixed shape (a FastAPI server answers {@code {"detail": [...]}}, vLLM {@code {"object": "error", ...}}), and
 * fields that are protocol fields in an answer may hold free text in them; so nothing of the upstream's object
 * is passed on but a message and a parameter, both scanned, and a type and code that look like codes.
 */
final class UpstreamRefusal {

    // A letter first: a bare number could be an identifier.
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private UpstreamRefusal() {
    }

    /** The caller's error, or null when the upstream's body says nothing usable. */
    static ObjectNode rebuild(ObjectNode upstream) {
        if (upstream == null) {
            return null;
        }
        JsonNode error = upstream.path("error").isObject() ? upstream.path("error") : upstream;
        String message = text(error.path("message"));
        if (message == null) {
            message = text(upstream.path("detail"));
        }
        if (message == null) {
            return null;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode e = out.putObject("error");
        e.put("message", message);
        e.put("type", code(error.path("type"), "invalid_request_error"));
        e.put("param", text(error.path("param")));
        e.put("code", code(error.path("code"), "upstream_refused"));
        return out;
    }

    /** The free texts of a rebuilt error, for the answer filter. */
    static List<Slot> texts(ObjectNode rebuilt) {
        JsonNode e = rebuilt.path("error");
        List<Slot> slots = new ArrayList<>(2);
        slots.add(new Slot(e, "message", -1, false));
        if (e.path("param").isString()) {
            slots.add(new Slot(e, "param", -1, false));
        }
        return slots;
    }

    private static String text(JsonNode node) {
        if (node.isString()) {
            return node.stringValue().isBlank() ? null : node.stringValue();
        }
        return (node.isObject() || node.isArray()) && !node.isEmpty() ? node.toString() : null;
    }

    private static String code(JsonNode node, String otherwise) {
        return node.isString() && CODE.matcher(node.stringValue()).matches() ? node.stringValue() : otherwise;
    }
}
