package kz.senim.explain;

/** The three languages every label must be given in: Kazakh first, as the state language. */
public enum Lang {
    KK, RU, EN;

    /** The JSON key of this language ("kk", "ru", "en"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
