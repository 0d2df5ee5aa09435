package kz.senim.gateway.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Art. 21 labelling. Every answer carries the header {@value #HEADER}{@code : true} and a {@code senim} object
 * ({@code ai_generated: true}, the call id, the decision, the kind of model) in the JSON body or in each final
 * stream event; where the organization enables it, a visible disclosure line in the caller's language is
 * added to the answer's text.
 */
@Component
class Labels {

    static final String HEADER = "X-Senim-AI-Generated";
    static final String FIELD = "senim";

    private final MessageSource messages;
    private final JsonMapper json;

    Labels(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ObjectNode marker(Call call) {
        ObjectNode m = json.createObjectNode();
        m.put("ai_generated", true);
        m.put("call_id", call.id.toString());
        m.put("decision", call.decision.name());
        if (call.upstreamKind != null) {
            m.put("model_kind", call.upstreamKind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    /** The visible line to append, or null when the organization does not show one. */
    String disclosure(OrgConfig config) {
        if (!config.disclosure()) {
            return null;
        }
        return "\n\n— " + messages.getMessage("gateway.disclosure", null, LocaleContextHolder.getLocale());
    }
}
