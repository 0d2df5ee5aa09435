package kz.senim.gateway.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chat completions. Streamed text sits in {@code choices[i].delta.content}, {@code .refusal} and
 * {@code .tool_calls[j].function.arguments}; before a choice's finishing chunk the held-back rest (and the
 * disclosure line) goes out in one more chunk, and the finishing chunk carries the {@code senim} marker.
 */
final class ChatProtocol implements Protocol {

    @Override
    public String path() {
        return "/chat/completions";
    }

    @Override
    public void answer(ObjectNode answer, AnswerFilter filter, String disclosure) {
        filter.apply(Slot.of(answer));
        if (disclosure != null) {
            for (JsonNode choice : answer.path("choices")) {
                if (choice.path("message") instanceof ObjectNode m && m.path("content").isString()) {
                    m.put("content", m.get("content").stringValue() + disclosure);
                }
            }
        }
    }

    @Override
    public Rewriter stream(AnswerFilter filter, String disclosure, ObjectNode marker) {
        return new ChatStream(filter, disclosure, marker);
    }

    private static final class ChatStream implements Rewriter {
        private final AnswerFilter filter;
        private final String disclosure;
        private final ObjectNode marker;
        /** Per choice: "content", "refusal" and each tool call's index. */
        private final Map<Integer, Map<String, StreamText>> choices = new LinkedHashMap<>();
        private ObjectNode last;

        ChatStream(AnswerFilter filter, String disclosure, ObjectNode marker) {
            this.filter = filter;
            this.disclosure = disclosure;
            this.marker = marker;
        }

        @Override
        public void on(String name, ObjectNode chunk, List<Emit> out) {
            last = chunk;
            boolean finished = false;
            for (JsonNode c : chunk.path("choices")) {
                if (!(c instanceof ObjectNode choice)) {
                    continue;
                }
                int index = choice.path("index").asInt(0);
                if (choice.path("delta") instanceof ObjectNode delta) {
                    push(index, "content", delta, "content", false);
                    push(index, "refusal", delta, "refusal", false);
                    for (JsonNode t : delta.path("tool_calls")) {
                        if (t.path("function") instanceof ObjectNode fn) {
                            push(index, "tool:" + t.path("index").asInt(0), fn, "arguments", true);
                        }
                    }
                }
                if (!choice.path("finish_reason").isNull() && !choice.path("finish_reason").isMissingNode()) {
                    flush(chunk, index, out);
                    finished = true;
                }
            }
            if (finished) {
                chunk.set(Labels.FIELD, marker);
            }
            out.add(new Emit(name, chunk));
        }

        @Override
        public void end(List<Emit> out) {
            if (last != null) {
                for (Integer index : List.copyOf(choices.keySet())) {
                    flush(last, index, out);
                }
            }
        }

        private void push(int index, String key, ObjectNode node, String field, boolean json) {
            if (node.path(field).isString()) {
                StreamText text = choices.computeIfAbsent(index, k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new StreamText(filter, json));
                node.put(field, text.push(node.get(field).stringValue()));
            }
        }

        /** One chunk with everything held back for this choice, before its finishing chunk. */
        private void flush(ObjectNode template, int index, List<Emit> out) {
            Map<String, StreamText> texts = choices.remove(index);
            if (texts == null) {
                return;
            }
            ObjectNode delta = template.objectNode();
            ArrayNode tools = delta.arrayNode();
            texts.forEach((key, text) -> {
                String rest = text.finish();
                if (key.equals("content") && disclosure != null) {
                    rest += disclosure;
                }
                if (rest.isEmpty()) {
                    return;
                }
                if (key.startsWith("tool:")) {
                    ObjectNode call = tools.addObject();
                    call.put("index", Integer.parseInt(key.substring(5)));
                    call.putObject("function").put("arguments", rest);
                } else {
                    delta.put(key, rest);
                }
            });
            if (!tools.isEmpty()) {
                delta.set("tool_calls", tools);
            }
            if (delta.isEmpty()) {
                return;
            }
            ObjectNode extra = template.deepCopy();
            extra.remove("usage");
            extra.remove(Labels.FIELD);
            ArrayNode list = extra.putArray("choices");
            ObjectNode choice = list.addObject();
            choice.put("index", index);
            choice.set("delta", delta);
            choice.putNull("finish_reason");
            out.add(new Emit(null, extra));
        }
    }
}
