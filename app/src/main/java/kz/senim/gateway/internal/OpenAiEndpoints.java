package kz.senim.gateway.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kz.senim.account.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-compatible surface. Handlers write their own responses (streams included) and their own
 * OpenAI-style errors, so the API's problem-details handling does not apply here.
 */
@Controller
@Tag(name = "LLM gateway (OpenAI-compatible)")
@SecurityRequirement(name = "bearer")
class OpenAiEndpoints {

    private static final Protocol CHAT = new ChatProtocol();
    private static final Protocol RESPONSES = new ResponsesProtocol();

    private final Exchange exchange;
    private final GatewayConfigs configs;
    private final OpenAiErrors errors;
    private final JsonMapper json;

    OpenAiEndpoints(Exchange exchange, GatewayConfigs configs, OpenAiErrors errors, JsonMapper json) {
        this.exchange = exchange;
        this.configs = configs;
        this.errors = errors;
        this.json = json;
    }

    @Operation(summary = "Chat completion through the leak guard (stream: true answers with server-sent events)")
    @PostMapping("/v1/chat/completions")
    void chat(CurrentUser me, HttpServletRequest request, HttpServletResponse response) throws IOException {
        exchange.run(me, CHAT, request, response);
    }

    @Operation(summary = "Responses API through the leak guard (stream: true answers with server-sent events)")
    @PostMapping("/v1/responses")
    void responses(CurrentUser me, HttpServletRequest request, HttpServletResponse response) throws IOException {
        exchange.run(me, RESPONSES, request, response);
    }

    @Operation(summary = "The models of the caller's organization (aliases of its upstreams' models)")
    @GetMapping("/v1/models")
    void models(CurrentUser me, HttpServletResponse response) throws IOException {
        try {
            OrgConfig config = Exchange.admit(me, configs);
            ObjectNode list = json.createObjectNode().put("object", "list");
            ArrayNode data = list.putArray("data");
            config.models().values().stream().sorted(java.util.Comparator.comparing(OrgConfig.Route::alias))
                    .forEach(r -> data.add(model(r)));
            write(response, list);
        } catch (GatewayException e) {
            errors.write(response, e);
        }
    }

    @Operation(summary = "One model of the caller's organization")
    @GetMapping("/v1/models/{id}")
    void model(CurrentUser me, @PathVariable String id, HttpServletResponse response) throws IOException {
        try {
            OrgConfig config = Exchange.admit(me, configs);
            var route = config.route(id).orElseThrow(() -> new GatewayException(404, "invalid_request_error",
                    "model_not_found", Map.of(), id.length() > 100 ? id.substring(0, 100) : id));
            write(response, model(route));
        } catch (GatewayException e) {
            errors.write(response, e);
        }
    }

    private ObjectNode model(OrgConfig.Route r) {
        return json.createObjectNode().put("id", r.alias()).put("object", "model").put("created", 0L)
                .put("owned_by", r.upstream().name())
                .put("senim_kind", r.upstream().kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void write(HttpServletResponse response, ObjectNode body) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
