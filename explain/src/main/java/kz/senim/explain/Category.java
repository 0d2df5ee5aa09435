package kz.senim.explain;

import java.util.Objects;

/** One allowed value of a categorical feature; labels are optional (the code is shown when absent). */
public record Category(String code, Labels labels) {

    public Category {
        Objects.requireNonNull(code, "code");
    }

    public String label(Lang lang) {
        return labels == null ? code : labels.get(lang);
    }
}
