package kz.senim.explain;

import java.util.Objects;

/** A text in Kazakh, Russian and English; all three are required so no person gets a partial explanation. */
public record Labels(String kk, String ru, String en) {

    public Labels {
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    public String get(Lang lang) {
        return switch (lang) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }
}
