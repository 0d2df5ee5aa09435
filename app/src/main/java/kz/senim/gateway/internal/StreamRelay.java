package kz.senim.gateway.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays an upstream event stream event by event, flushing after each. When the client goes away, the
 * upstream stream is closed by the caller (which cancels the upstream call); a failure mid-stream ends it
 * with an OpenAI-style error event and nothing more is forwarded.
 */
final class StreamRelay {

    private final JsonMapper json;
    private final OpenAiErrors errors;
    private final Call call;

    StreamRelay(JsonMapper json, OpenAiErrors errors, Call call) {
        this.json = json;
        this.errors = errors;
        this.call = call;
    }

    void relay(InputStream upstream, Protocol.Rewriter rewriter, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setHeader(Labels.HEADER, "true");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        Sse sse = new Sse(upstream);
        List<Protocol.Emit> emits = new ArrayList<>();
        try {
            Sse.Event e;
            boolean first = true;
            while ((e = readQuietly(sse)) != null) {
                if (first) {
                    call.upstreamAnswered();
                    first = false;
                }
                emits.clear();
                if (e.done()) {
                    rewriter.end(emits);
                    send(out, emits);
                    Sse.write(out, null, Sse.Event.DONE);
                    out.flush();
                    return;
                }
                rewriter.on(e.name(), parse(e.data()), emits);
                send(out, emits);
                out.flush();
            }
            emits.clear();
            rewriter.end(emits);
            send(out, emits);
            out.flush();
        } catch (GatewayException failure) {
            call.failed(failure.status(), failure.code());
            try {
                Sse.write(out, "error", json.writeValueAsString(errors.body(failure)));
                out.flush();
            } catch (IOException clientGone) {
                // nothing more to tell
            }
        } catch (IOException clientGone) {
            call.failed(499, "client_closed");
        }
    }

    private Sse.Event readQuietly(Sse sse) {
        try {
            return sse.next();
        } catch (java.net.SocketTimeoutException stalled) {
            throw GatewayException.server(504, "upstream_timeout", call.upstreamName);
        } catch (IOException e) {
            throw GatewayException.server(502, "upstream_unreachable", call.upstreamName);
        }
    }

    private ObjectNode parse(String data) {
        try {
            JsonNode n = json.readTree(data);
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (JacksonException e) {
            // below
        }
        // A stream the gateway cannot read cannot be filtered: it stops here.
        throw GatewayException.server(502, "upstream_invalid", call.upstreamKind);
    }

    private void send(OutputStream out, List<Protocol.Emit> emits) throws IOException {
        for (Protocol.Emit emit : emits) {
            Sse.write(out, emit.name(), json.writeValueAsString(emit.data()));
        }
    }
}
