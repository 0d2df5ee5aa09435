package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Autonomy classes of Art. 17(2), a second axis independent of risk; lowest first. */
public enum AutonomyClass {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH;

    public AutonomyClass max(AutonomyClass other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    public String code() {
        return name().toLowerCase();
    }
}
