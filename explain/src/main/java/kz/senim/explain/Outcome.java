package kz.senim.explain;

import java.util.Objects;

/** A decision the model can produce, e.g. "eligible", with its labels shown to the person. */
public record Outcome(String id, Labels labels) {

    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labels, "labels");
    }
}
