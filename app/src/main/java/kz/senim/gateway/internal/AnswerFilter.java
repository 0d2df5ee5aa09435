package kz.senim.gateway.internal;

import java.util.ArrayList;
import java.util.List;
import kz.senim.guard.Finding;
import kz.senim.guard.FindingType;

/**
 * The answer's way back: findings the policy does not allow are redacted (when the organization scans
 * answers), then placeholders are restored. One per call.
 */
final class AnswerFilter {

    private final Scanner scanner;
    private final OrgConfig config;
    private final UpstreamKind upstream;
    private final Pseudonyms pseudonyms;
    private final Call call;
    private final int hold;

    AnswerFilter(Scanner scanner, OrgConfig config, UpstreamKind upstream, Pseudonyms pseudonyms, Call call, int hold) {
        this.scanner = scanner;
        this.config = config;
        this.upstream = upstream;
        this.pseudonyms = pseudonyms;
        this.call = call;
        this.hold = hold;
    }

    /** Filters whole values in place (a complete answer, a final stream event). */
    void apply(List<Slot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            texts.add(s.get());
        }
        List<List<Finding>> found = scanner.scan(config.guard(), texts);
        for (int i = 0; i < slots.size(); i++) {
            String text = texts.get(i);
            String out = pseudonyms.restore(redact(text, found.get(i), text.length()), slots.get(i).json());
            if (!out.equals(text)) {
                slots.get(i).set(out);
            }
        }
    }

    /**
     * Releases what can be sent of a streamed value: all of it at the end, else all but the last {@code hold}
     * chars, never cutting through a finding or a placeholder.
     */
    String release(StringBuilder pending, boolean json, boolean all) {
        if (pending.isEmpty() || !all && pending.length() <= hold) {
            return "";
        }
        String text = pending.toString();
        List<Finding> found = scanner.scan(config.guard(), text);
        int cut = text.length();
        if (!all) {
            cut = Pseudonyms.openPlaceholder(text, text.length() - hold);
            for (Finding f : found) {
                if (f.start() < cut && f.end() > cut) {
                    cut = f.start();
                }
            }
            if (cut <= 0) {
                return "";
            }
        }
        pending.delete(0, cut);
        return pseudonyms.restore(redact(text, found, cut), json);
    }

    private String redact(String text, List<Finding> found, int cut) {
        StringBuilder out = null;
        int from = 0;
        for (Finding f : found) {
            if (f.end() > cut) {
                break;
            }
            call.foundInAnswer(f.type());
            if (keep(f.type())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(cut + 16);
            }
            out.append(text, from, f.start()).append("[REDACTED_").append(f.type().name()).append(']');
            from = f.end();
        }
        if (out == null) {
            return cut == text.length() ? text : text.substring(0, cut);
        }
        return out.append(text, from, cut).toString();
    }

    private boolean keep(FindingType type) {
        Action a = config.action(type);
        return !config.redactAnswers() || a == Action.ALLOW || a == Action.ROUTE_DOMESTIC && upstream == UpstreamKind.DOMESTIC;
    }
}
