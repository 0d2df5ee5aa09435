package kz.senim.gateway.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Responses API. Streamed text comes in {@code *.delta} events keyed by item (and content part);
 * before the matching {@code *.done} event the held-back rest goes out as one more delta, and the done event,
 * {@code response.output_item.done}, {@code response.content_part.done} and the final response carry exactly
 * the text that was streamed. Final events ({@code response.completed}, {@code .incomplete}, {@code .failed})
 * carry the {@code senim} marker.
 */
final class ResponsesProtocol implements Protocol {

    @Override
    public String path() {
        return "/responses";
    }

    @Override
    public void answer(ObjectNode answer, AnswerFilter filter, String disclosure) {
        filter.apply(Slot.of(answer));
        if (disclosure != null) {
            ObjectNode lastText = null;
            for (JsonNode item : answer.path("output")) {
                for (JsonNode part : item.path("content")) {
                    if (part instanceof ObjectNode p && "output_text".equals(p.path("type").asString("")) && p.path("text").isString()) {
                        lastText = p;
                    }
                }
            }
            if (lastText != null) {
                lastText.put("text", lastText.get("text").stringValue() + disclosure);
            }
            if (answer.path("output_text").isString()) {
                answer.put("output_text", answer.get("output_text").stringValue() + disclosure);
            }
        }
    }

    @Override
    public Rewriter stream(AnswerFilter filter, String disclosure, ObjectNode marker) {
        return new ResponsesStream(filter, disclosure, marker);
    }

    private static final class ResponsesStream implements Rewriter {
        private final AnswerFilter filter;
        private final String disclosure;
        private final ObjectNode marker;
        private final Map<String, StreamText> texts = new HashMap<>();
        private final Map<String, ObjectNode> lastDelta = new HashMap<>();
        private boolean disclosed;

        ResponsesStream(AnswerFilter filter, String disclosure, ObjectNode marker) {
            this.filter = filter;
            this.disclosure = disclosure;
            this.marker = marker;
        }

        @Override
        public void on(String name, ObjectNode e, List<Emit> out) {
            String type = e.path("type").asString("");
            switch (type) {
                case "response.output_text.delta", "response.refusal.delta" -> delta(e, key(e, "t"), "delta", false);
                case "response.function_call_arguments.delta" -> delta(e, key(e, "a"), "delta", true);
                case "response.output_text.done", "response.refusal.done" ->
                        done(name, e, key(e, "t"), type.contains("refusal") ? "refusal" : "text", out, type.contains("output_text"));
                case "response.function_call_arguments.done" -> done(name, e, key(e, "a"), "arguments", out, false);
                case "response.content_part.done" -> {
                    if (e.path("part") instanceof ObjectNode part) {
                        settle(part, key(e, "t"), "text");
                    }
                }
                case "response.output_item.done" -> {
                    if (e.path("item") instanceof ObjectNode item) {
                        item(item);
                    }
                }
                case "response.completed", "response.incomplete", "response.failed" -> {
                    if (e.path("response") instanceof ObjectNode response) {
                        for (JsonNode item : response.path("output")) {
                            if (item instanceof ObjectNode o) {
                                item(o);
                            }
                        }
                    }
                    e.set(Labels.FIELD, marker);
                }
                default -> filter.apply(Slot.of(e));
            }
            out.add(new Emit(name, e));
        }

        @Override
        public void end(List<Emit> out) {
            // Every text has its done event in a complete stream; a cut-off stream sends nothing held back.
        }

        private static String key(JsonNode e, String kind) {
            return kind + ":" + e.path("item_id").asString("") + ":" + e.path("content_index").asInt(0);
        }

        private void delta(ObjectNode e, String key, String field, boolean json) {
            if (e.path(field).isString()) {
                lastDelta.put(key, e);
                e.put(field, texts.computeIfAbsent(key, k -> new StreamText(filter, json)).push(e.get(field).stringValue()));
            }
        }

        private void done(String name, ObjectNode e, String key, String field, List<Emit> out, boolean text) {
            StreamText st = texts.computeIfAbsent(key, k -> new StreamText(filter, field.equals("arguments")));
            if (!lastDelta.containsKey(key) && e.path(field).isString()) {
                // no deltas came (some servers send only done events): the whole value goes through now
                st.push(e.get(field).stringValue());
            }
            String rest = st.finish();
            if (text && disclosure != null && !disclosed) {
                rest = rest + disclosure;
                disclosed = true;
                st.sentAlso(disclosure);
            }
            if (!rest.isEmpty()) {
                ObjectNode extra = (lastDelta.containsKey(key) ? lastDelta.get(key) : e).deepCopy();
                extra.put("type", e.path("type").asString().replace(".done", ".delta"));
                extra.remove(field);
                extra.put("delta", rest);
                out.add(new Emit(name == null ? null : name.replace(".done", ".delta"), extra));
            }
            e.put(field, texts.get(key).sent());
        }

        /** Puts the streamed text into a final item: message parts and function-call arguments. */
        private void item(ObjectNode item) {
            String id = item.path("id").asString("");
            int i = 0;
            for (JsonNode part : item.path("content")) {
                if (part instanceof ObjectNode p) {
                    settle(p, "t:" + id + ":" + i, p.has("refusal") ? "refusal" : "text");
                }
                i++;
            }
            settle(item, "a:" + id + ":0", "arguments");
        }

        private void settle(ObjectNode node, String key, String field) {
            StreamText st = texts.get(key);
            if (!node.path(field).isString()) {
                return;
            }
            if (st != null) {
                node.put(field, st.sent());
            } else {
                filter.apply(List.of(new Slot(node, field, -1, field.equals("arguments"))));
            }
        }
    }
}
