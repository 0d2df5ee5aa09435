package kz.senim.gateway.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.PayloadTooLargeException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call through the gateway: admit the caller, read the body, apply the policy, call the upstream and
 * relay its answer (whole or streamed) through the answer filter; the audit record is queued in every case.
 */
@Component
class Exchange {

    private final GatewayConfigs configs;
    private final RequestGuard guard;
    private final Scanner scanner;
    private final UpstreamClient upstreams;
    private final AuditLog audit;
    private final Labels labels;
    private final OpenAiErrors errors;
    private final JsonMapper json;
    private final int hold;

    /** Largest upstream error body the gateway reads and relays. */
    static final int MAX_ERROR_BYTES = 64 * 1024;

    Exchange(GatewayConfigs configs, RequestGuard guard, Scanner scanner, UpstreamClient upstreams, AuditLog audit,
             Labels labels, OpenAiErrors errors, JsonMapper json, GatewayProperties properties) {
        this.configs = configs;
        this.guard = guard;
        this.scanner = scanner;
        this.upstreams = upstreams;
        this.audit = audit;
        this.labels = labels;
        this.errors = errors;
        this.json = json;
        this.hold = properties.streamHoldback();
    }

    /** Civil servants acting for an organization; citizens and auditors from outside do not use the gateway. */
    static OrgConfig admit(CurrentUser me, GatewayConfigs configs) {
        if (!me.hasAny(Role.OPERATOR, Role.REVIEWER, Role.REGULATOR, Role.ADMIN)) {
            throw new GatewayException(403, "permission_error", "not_allowed", Map.of());
        }
        if (me.organizationId() == null) {
            throw new GatewayException(403, "permission_error", "no_organization", Map.of());
        }
        return configs.get(me.organizationId());
    }

    void run(CurrentUser me, Protocol protocol, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Call call = new Call(protocol.path());
        call.accountId = me.id();
        call.organizationId = me.organizationId();
        try {
            OrgConfig config = admit(me, configs);
            ObjectNode body = read(request);
            call.streamed = body.path("stream").asBoolean(false);
            String alias = body.path("model").isString() ? body.get("model").stringValue() : null;
            OrgConfig.Route requested = config.route(alias).orElseThrow(() -> new GatewayException(404,
                    "invalid_request_error", "model_not_found", Map.of(), shorten(alias)));
            call.model = alias;
            RequestGuard.Prepared prepared = guard.prepare(config, requested, Slot.of(body), call);
            OrgConfig.Route route = prepared.route();
            call.upstream(route.upstream());
            body.put("model", route.upstreamModel());
            AnswerFilter filter = new AnswerFilter(scanner, config, route.upstream().kind(), prepared.pseudonyms(), call, hold);
            call.upstreamStarted();
            UpstreamClient.Reply reply = upstreams.send(route.upstream(), protocol.path(), json.writeValueAsBytes(body), call.streamed);
            try (InputStream in = reply.body()) {
                if (reply.status() >= 400) {
                    call.upstreamAnswered();
                    upstreamError(reply.status(), in, route, filter, response, call);
                } else if (call.streamed) {
                    new StreamRelay(json, errors, call).relay(in, protocol.stream(filter, labels.disclosure(config), labels.marker(call)), response);
                } else {
                    plain(in, protocol, filter, labels.disclosure(config), response, call);
                }
            }
        } catch (GatewayException e) {
            call.failed(e.status(), e.code());
            if (!response.isCommitted()) {
                errors.write(response, e);
            }
        } finally {
            audit.record(call.entry());
        }
    }

    private ObjectNode read(HttpServletRequest request) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(request.getInputStream());
        } catch (PayloadTooLargeException e) {
            throw new GatewayException(413, "invalid_request_error", "request_too_large", Map.of(), e.limit());
        } catch (JacksonException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw new GatewayException(413, "invalid_request_error", "request_too_large", Map.of(), tooLarge.limit());
            }
            throw GatewayException.invalid("invalid_json");
        }
        if (!(tree instanceof ObjectNode body)) {
            throw GatewayException.invalid("invalid_json");
        }
        return body;
    }

    private void plain(InputStream in, Protocol protocol, AnswerFilter filter, String disclosure,
                       HttpServletResponse response, Call call) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(in);
        } catch (JacksonException e) {
            throw GatewayException.server(502, "upstream_invalid", call.upstreamKind);
        } finally {
            call.upstreamAnswered();
        }
        if (!(tree instanceof ObjectNode answer)) {
            throw GatewayException.server(502, "upstream_invalid", call.upstreamKind);
        }
        protocol.answer(answer, filter, disclosure);
        answer.set(Labels.FIELD, labels.marker(call));
        response.setHeader(Labels.HEADER, "true");
        send(response, 200, answer, call);
    }

    /** Writes a JSON body; a client gone meanwhile is recorded on the call, nothing else is to be done. */
    private void send(HttpServletResponse response, int status, ObjectNode body, Call call) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            json.writeValue(out, body);
        } catch (IOException | JacksonException clientGone) {
            call.failed(499, "client_closed");
        }
    }

    /**
     * A refusal by the upstream is the caller's to read, and goes back the way answers do: rebuilt as an
     * OpenAI-style error, its texts scanned under the answer policy, with this conversation's placeholders restored. One the gateway cannot read whole (not a
     * JSON object, or over {@value #MAX_ERROR_BYTES} bytes) is replaced by the gateway's own error, never passed
     * on raw. Failures (5xx) and refusals of the gateway's own credentials (401, 403) are the gateway's to report.
     */
    private void upstreamError(int status, InputStream in, OrgConfig.Route route, AnswerFilter filter,
                               HttpServletResponse response, Call call) throws IOException {
        if (status >= 500) {
            throw GatewayException.server(502, "upstream_error", route.upstream().name(), status);
        }
        if (status == 401 || status == 403) {
            // The gateway's key for the upstream was refused, not the caller's: relayed as is, an SDK would
            // tell its user that their own key is wrong.
            throw GatewayException.server(502, "upstream_auth_failed", route.upstream().name(), status);
        }
        byte[] body;
        try {
            body = in.readNBytes(MAX_ERROR_BYTES + 1);
        } catch (java.net.SocketTimeoutException e) {
            throw GatewayException.server(504, "upstream_timeout", route.upstream().name());
        } catch (IOException e) {
            throw GatewayException.server(502, "upstream_unreachable", route.upstream().name());
        }
        ObjectNode error = body.length > MAX_ERROR_BYTES ? null : UpstreamRefusal.rebuild(errorObject(body));
        if (error == null) {
            throw new GatewayException(status, "invalid_request_error", "upstream_refused", Map.of(), route.upstream().name(), status);
        }
        filter.apply(UpstreamRefusal.texts(error));
        call.failed(status, "upstream_refused");
        send(response, status, error, call);
    }

    private ObjectNode errorObject(byte[] body) {
        try {
            return json.readTree(body) instanceof ObjectNode o ? o : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
