package kz.senim.gateway.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"error": {"message", "type", "code", "param"}}} as OpenAI clients expect it, in the caller's language. */
@Component
class OpenAiErrors {

    private final MessageSource messages;
    private final JsonMapper json;

    OpenAiErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ObjectNode body(GatewayException e) {
        ObjectNode error = json.createObjectNode();
        error.put("message", messages.getMessage("gateway.error." + e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        error.put("type", e.type());
        error.put("code", e.code());
        error.putNull("param");
        e.extra().forEach((k, v) -> error.set(k, json.valueToTree(v)));
        ObjectNode root = json.createObjectNode();
        root.set("error", error);
        return root;
    }

    void write(HttpServletResponse response, GatewayException e) throws IOException {
        response.setStatus(e.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(e));
    }
}
