package kz.senim.guard;

import java.util.Map;

/** String options for a detector factory, e.g. from an organisation's settings. */
public record DetectorConfig(Map<String, String> options) {

    public static final DetectorConfig EMPTY = new DetectorConfig(Map.of());

    public DetectorConfig {
        options = Map.copyOf(options);
    }

    public String get(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
