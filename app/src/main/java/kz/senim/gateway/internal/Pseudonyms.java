package kz.senim.gateway.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import kz.senim.guard.FindingType;

/**
 * Placeholders of one conversation: the same value always gets the same placeholder ({@code [IIN_1]},
 * {@code [PERSON_NAME_2]}), numbered by first appearance, so that a resent history is pseudonymized the same
 * way on every turn. Lives only for the call; never stored or logged.
 */
final class Pseudonyms {

    /** Longest placeholder, for holding back a possibly split one in a stream. */
    static final int MAX_LENGTH = 40;

    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, String> byPlaceholder = new HashMap<>();
    private final Map<FindingType, Integer> counters = new EnumMap<>(FindingType.class);

    String placeholder(FindingType type, String value) {
        return byValue.computeIfAbsent(type.name() + '\u0000' + value, k -> {
            int n = counters.merge(type, 1, Integer::sum);
            String p = "[" + type.name() + "_" + n + "]";
            byPlaceholder.put(p, value);
            return p;
        });
    }

    boolean isEmpty() {
        return byPlaceholder.isEmpty();
    }

    /** Puts the original values back; inside JSON text (tool-call arguments) they are escaped for a JSON string. */
    String restore(String text, boolean json) {
        if (byPlaceholder.isEmpty() || text.indexOf('[') < 0) {
            return text;
        }
        StringBuilder out = null;
        int from = 0;
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = text.indexOf(']', open);
            if (close < 0 || close - open + 1 > MAX_LENGTH) {
                open = text.indexOf('[', open + 1);
                continue;
            }
            String value = byPlaceholder.get(text.substring(open, close + 1));
            if (value != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 32);
                }
                out.append(text, from, open).append(json ? escape(value) : value);
                from = close + 1;
                open = text.indexOf('[', from);
            } else {
                open = text.indexOf('[', open + 1);
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** Where a placeholder may begin at the end of {@code text} before {@code cut}, or {@code cut} when none can. */
    static int openPlaceholder(CharSequence text, int cut) {
        for (int i = cut - 1; i >= 0 && cut - i < MAX_LENGTH; i--) {
            char c = text.charAt(i);
            if (c == '[') {
                return i;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return cut;
            }
        }
        return cut;
    }

    private static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
