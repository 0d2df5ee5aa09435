package kz.senim.gateway.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.senim.guard.Finding;
import kz.senim.guard.FindingType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Applies the organization's policy to everything a request would send upstream: scans every slot, blocks,
 * picks the domestic model when required, then redacts and pseudonymizes in place. Nothing leaves before
 * the whole request has been scanned.
 */
@Component
class RequestGuard {

    private final Scanner scanner;
    private final GatewayKeys keys;
    private final MessageSource messages;

    RequestGuard(Scanner scanner, GatewayKeys keys, MessageSource messages) {
        this.scanner = scanner;
        this.keys = keys;
        this.messages = messages;
    }

    record Prepared(OrgConfig.Route route, Pseudonyms pseudonyms) {
    }

    Prepared prepare(OrgConfig config, OrgConfig.Route requested, List<Slot> slots, Call call) {
        List<String> texts = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            texts.add(s.get());
        }
        List<List<Finding>> found;
        try {
            found = scanner.scan(config.guard(), texts);
        } catch (GatewayException e) {
            call.decision = Decision.SCAN_FAILED;
            throw e;
        }
        Map<FindingType, Integer> blocked = new EnumMap<>(FindingType.class);
        Map<FindingType, Integer> domesticOnly = new EnumMap<>(FindingType.class);
        for (int i = 0; i < texts.size(); i++) {
            for (Finding f : found.get(i)) {
                call.found(f.type(), keys.hash(f.type().name(), f.text(texts.get(i))));
                switch (config.action(f.type())) {
                    case BLOCK -> blocked.merge(f.type(), 1, Integer::sum);
                    case ROUTE_DOMESTIC -> domesticOnly.merge(f.type(), 1, Integer::sum);
                    default -> { }
                }
            }
        }
        if (!blocked.isEmpty()) {
            throw refusal(call, "blocked_by_policy", blocked);
        }
        OrgConfig.Route route = requested;
        if (!domesticOnly.isEmpty() && requested.upstream().kind() != UpstreamKind.DOMESTIC) {
            route = config.domestic(requested.alias()).orElseThrow(() -> refusal(call, "no_domestic_model", domesticOnly));
            call.decision = Decision.ROUTED_DOMESTIC;
            call.routedModel = route.alias();
        }
        Pseudonyms pseudonyms = new Pseudonyms();
        boolean masked = false;
        for (int i = 0; i < texts.size(); i++) {
            List<Finding> fs = found.get(i);
            if (fs.isEmpty()) {
                continue;
            }
            String text = texts.get(i);
            StringBuilder out = new StringBuilder(text.length() + 16);
            int from = 0;
            for (Finding f : fs) {
                Action action = config.action(f.type());
                if (action == Action.REDACT || action == Action.PSEUDONYMIZE) {
                    out.append(text, from, f.start()).append(action == Action.REDACT
                            ? "[REDACTED_" + f.type().name() + "]" : pseudonyms.placeholder(f.type(), f.text(text)));
                    from = f.end();
                    masked = true;
                }
            }
            if (from > 0) {
                slots.get(i).set(out.append(text, from, text.length()).toString());
            }
        }
        if (call.decision != Decision.ROUTED_DOMESTIC) {
            call.decision = masked ? Decision.MASKED : Decision.PASSED;
        }
        return new Prepared(route, pseudonyms);
    }

    /** Tells what was found and why it may not go, never the values. */
    private GatewayException refusal(Call call, String code, Map<FindingType, Integer> types) {
        call.decision = Decision.BLOCKED;
        var locale = LocaleContextHolder.getLocale();
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        types.forEach((t, n) -> {
            String name = messages.getMessage("gateway.type." + t.name(), null, t.name(), locale);
            names.add(name + " (" + n + ")");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", t.name());
            item.put("count", n);
            item.put("label", name);
            list.add(item);
        });
        return new GatewayException(400, "invalid_request_error", code,
                Map.of("findings", list), String.join(", ", names));
    }
}
