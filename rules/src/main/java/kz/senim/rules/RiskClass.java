package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Risk classes of Art. 17(1), ordered from lowest to highest. */
public enum RiskClass {
    @JsonProperty("minimal") MINIMAL,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH;

    public RiskClass max(RiskClass other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    public String code() {
        return name().toLowerCase();
    }
}
