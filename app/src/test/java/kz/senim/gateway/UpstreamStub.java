package kz.senim.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import kz.senim.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-compatible upstream that records exactly what reached it. Its behaviour follows the
 * upstream model name: {@code echo} answers "Noted: " and the last user text; {@code tool} answers with a
 * tool call whose arguments quote that text; {@code slow} waits 5 s; {@code endless} streams forever until
 * the connection is closed; {@code fail} answers 500; {@code leaky} answers {@link #LEAKY_ANSWER}; {@code refuse}
 * answers 400 with an OpenAI-style error quoting the last user text ({@code refuse-leaky}: quoting {@link #LEAKY_ANSWER},
 * {@code refuse-html}: as HTML, {@code refuse-big}: after 100 000 chars). Streams are cut into 3-char chunks, so placeholders are
 * split across chunks.
 */
public final class UpstreamStub implements AutoCloseable {

    /** What the {@code leaky} model always answers: a card number nobody sent it. */
    public static final String LEAKY_ANSWER = "Use card 4400 4301 2345 6789 for it.";

    public final List<String> bodies = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final CountDownLatch endlessCancelled = new CountDownLatch(1);
    private final HttpServer server;

    public UpstreamStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", x -> handle(x, false));
        server.createContext("/v1/responses", x -> handle(x, true));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Everything any request carried, concatenated. */
    public String received() {
        return String.join("\n", bodies);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange x, boolean responses) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(body);
        authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
        JsonNode req = Http.JSON.readTree(body);
        String model = req.path("model").asString("");
        boolean stream = req.path("stream").asBoolean(false);
        String text = model.equals("leaky") ? LEAKY_ANSWER : "Noted: " + lastUserText(req, responses);
        try {
            switch (model) {
                case "slow" -> {
                    Thread.sleep(5000);
                    send(x, 200, "application/json", chat(text).toString());
                }
                case "fail" -> send(x, 500, "application/json", "{\"error\":{\"message\":\"boom\"}}");
                case "refuse" -> send(x, 400, "application/json", refusal("bad value " + lastUserText(req, responses)).toString());
                case "refuse-leaky" -> send(x, 400, "application/json", refusal(LEAKY_ANSWER).toString());
                case "refuse-key" -> send(x, 401, "application/json", refusal("Incorrect API key provided").toString());
                // Not OpenAI's shape: free text where an answer has protocol fields.
                case "refuse-detail" -> send(x, 422, "application/json", "{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"bad\",\"input\":\""
                        + LEAKY_ANSWER + "\"}],\"type\":\"" + LEAKY_ANSWER + "\",\"status\":\"" + LEAKY_ANSWER + "\"}");
                case "refuse-vllm" -> send(x, 400, "application/json", "{\"object\":\"error\",\"message\":\"" + LEAKY_ANSWER
                        + "\",\"type\":\"BadRequestError\",\"code\":4400430123456789,\"id\":\"" + LEAKY_ANSWER + "\"}");
                case "refuse-html" -> send(x, 400, "text/html", "<html><body>Bad Request: " + lastUserText(req, responses) + "</body></html>");
                case "refuse-big" -> send(x, 400, "application/json", refusal("x".repeat(100_000) + lastUserText(req, responses)).toString());
                case "endless" -> endless(x);
                case "stall" -> stall(x);
                default -> {
                    boolean tool = model.equals("tool");
                    if (stream) {
                        stream(x, responses ? responseEvents(text, tool) : chatChunks(text, tool));
                    } else {
                        send(x, 200, "application/json", (responses ? response(text, tool) : tool ? toolCall(text) : chat(text)).toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            x.close();
        }
    }

    private static String lastUserText(JsonNode req, boolean responses) {
        if (responses) {
            JsonNode input = req.path("input");
            if (input.isString()) {
                return input.stringValue();
            }
            StringBuilder b = new StringBuilder();
            for (JsonNode item : input) {
                JsonNode c = item.path("content");
                b.append(c.isString() ? c.stringValue() : c.path(0).path("text").asString(""));
            }
            return b.toString();
        }
        String last = "";
        for (JsonNode m : req.path("messages")) {
            if ("user".equals(m.path("role").asString(""))) {
                JsonNode c = m.path("content");
                last = c.isString() ? c.stringValue() : c.path(0).path("text").asString("");
            }
        }
        return last;
    }

    private static ObjectNode refusal(String message) {
        ObjectNode r = Http.JSON.createObjectNode();
        r.putObject("error").put("message", message).put("type", "invalid_request_error").put("param", "messages")
                .put("code", "invalid_value");
        return r;
    }

    private static ObjectNode chat(String text) {
        ObjectNode r = Http.JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1767225600L).put("model", "stub");
        ObjectNode choice = r.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        r.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return r;
    }

    private static ObjectNode toolCall(String text) {
        ObjectNode r = chat(text);
        ObjectNode message = (ObjectNode) r.path("choices").path(0).path("message");
        message.putNull("content");
        ((ObjectNode) r.path("choices").path(0)).put("finish_reason", "tool_calls");
        ObjectNode call = message.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function");
        call.putObject("function").put("name", "file_note").put("arguments", arguments(text));
        return r;
    }

    private static String arguments(String text) {
        return Http.JSON.createObjectNode().put("note", text).toString();
    }

    private static List<String> chatChunks(String text, boolean tool) {
        List<String> out = new ArrayList<>();
        String piece = tool ? arguments(text) : text;
        out.add(chunk(d -> d.put("role", "assistant").put("content", ""), null));
        if (tool) {
            out.add(chunk(d -> {
                ObjectNode c = d.putArray("tool_calls").addObject().put("index", 0).put("id", "call_1").put("type", "function");
                c.putObject("function").put("name", "file_note").put("arguments", "");
            }, null));
        }
        for (int i = 0; i < piece.length(); i += 3) {
            String part = piece.substring(i, Math.min(piece.length(), i + 3));
            out.add(tool ? chunk(d -> d.putArray("tool_calls").addObject().put("index", 0).putObject("function").put("arguments", part), null)
                    : chunk(d -> d.put("content", part), null));
        }
        out.add(chunk(d -> { }, tool ? "tool_calls" : "stop"));
        out.add("[DONE]");
        return out;
    }

    private static String chunk(java.util.function.Consumer<ObjectNode> delta, String finish) {
        ObjectNode c = Http.JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1767225600L).put("model", "stub");
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        delta.accept(choice.putObject("delta"));
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return c.toString();
    }

    private static ObjectNode response(String text, boolean tool) {
        ObjectNode r = Http.JSON.createObjectNode().put("id", "resp_1").put("object", "response").put("created_at", 1767225600L)
                .put("status", "completed").put("model", "stub");
        ArrayNode output = r.putArray("output");
        if (tool) {
            output.addObject().put("type", "function_call").put("id", "fc_1").put("call_id", "call_1").put("name", "file_note")
                    .put("arguments", arguments(text)).put("status", "completed");
        } else {
            ObjectNode msg = output.addObject().put("type", "message").put("id", "msg_1").put("role", "assistant").put("status", "completed");
            msg.putArray("content").addObject().put("type", "output_text").put("text", text).putArray("annotations");
        }
        r.putArray("tools");
        r.put("parallel_tool_calls", true).put("tool_choice", "auto");
        return r;
    }

    private static List<String> responseEvents(String text, boolean tool) {
        List<String> out = new ArrayList<>();
        int[] seq = {0};
        ObjectNode empty = response("", tool);
        empty.put("status", "in_progress");
        empty.putArray("output");
        out.add(event("response.created", e -> e.set("response", empty), seq));
        if (tool) {
            String args = arguments(text);
            for (int i = 0; i < args.length(); i += 3) {
                String part = args.substring(i, Math.min(args.length(), i + 3));
                out.add(event("response.function_call_arguments.delta", e -> e.put("item_id", "fc_1").put("output_index", 0).put("delta", part), seq));
            }
            out.add(event("response.function_call_arguments.done", e -> e.put("item_id", "fc_1").put("output_index", 0).put("arguments", args), seq));
        } else {
            for (int i = 0; i < text.length(); i += 3) {
                String part = text.substring(i, Math.min(text.length(), i + 3));
                out.add(event("response.output_text.delta", e -> e.put("item_id", "msg_1").put("output_index", 0)
                        .put("content_index", 0).put("delta", part).putArray("logprobs"), seq));
            }
            out.add(event("response.output_text.done", e -> e.put("item_id", "msg_1").put("output_index", 0)
                    .put("content_index", 0).put("text", text).putArray("logprobs"), seq));
        }
        out.add(event("response.completed", e -> e.set("response", response(text, tool)), seq));
        return out;
    }

    private static String event(String type, java.util.function.Consumer<ObjectNode> fill, int[] seq) {
        ObjectNode e = Http.JSON.createObjectNode().put("type", type).put("sequence_number", seq[0]++);
        fill.accept(e);
        return "event: " + type + "\ndata: " + e;
    }

    private static void stream(HttpExchange x, List<String> events) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/event-stream");
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
            for (String e : events) {
                String frame = e.startsWith("event: ") ? e + "\n\n" : "data: " + e + "\n\n";
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    /** Two chunks, then silence for 5 s: a stream that stalls after it started. */
    private void stall(HttpExchange x) throws InterruptedException {
        try {
            x.getResponseHeaders().set("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 2; i++) {
                int n = i;
                out.write(("data: " + chunk(d -> d.put("content", "word" + n + " "), null) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            Thread.sleep(5000);
            out.close();
        } catch (IOException closedByGateway) {
            // expected once the gateway gives up
        }
    }

    private void endless(HttpExchange x) throws InterruptedException {
        try {
            x.getResponseHeaders().set("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 600; i++) {
                int n = i;
                out.write(("data: " + chunk(d -> d.put("content", "word" + n + " "), null) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException closedByGateway) {
            endlessCancelled.countDown();
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }
}
