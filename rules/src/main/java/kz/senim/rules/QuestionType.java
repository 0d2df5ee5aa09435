package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of answer a question takes. */
public enum QuestionType {
    /** Answer: a boolean; optional options "yes"/"no" may carry points or evidence. */
    @JsonProperty("boolean") BOOLEAN,
    /** Answer: one option id. */
    @JsonProperty("single") SINGLE,
    /** Answer: a list of option ids (possibly empty); points are summed. */
    @JsonProperty("multi") MULTI,
    /** Answer: a number, within optional min/max. */
    @JsonProperty("number") NUMBER,
    /** Answer: free text; never scores. */
    @JsonProperty("text") TEXT
}
