package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a question sits in the questionnaire. The screen is asked first and is terminal: if a
 * prohibited practice is hit, the other sections need not be answered.
 */
public enum Section {
    @JsonProperty("screen") SCREEN,
    @JsonProperty("profile") PROFILE,
    @JsonProperty("impact") IMPACT,
    @JsonProperty("mitigation") MITIGATION,
    @JsonProperty("autonomy") AUTONOMY
}
