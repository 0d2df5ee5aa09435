package kz.senim.rules;

/**
 * Where a rule comes from. Either a confirmed article of Law No. 230-VIII ({@code article}, e.g. "17(1)"),
 * or {@code article == null}, {@code status == "article not confirmed"} and the reported source in
 * {@code reported}. The platform must never show an article number the brief does not confirm, so a
 * later pack edit (not a code change) fills the number in.
 */
public record Source(String article, String status, String reported, String note) {

    public static final String NOT_CONFIRMED = "article not confirmed";

    public static Source article(String article) {
        return new Source(article, null, null, null);
    }

    public static Source reported(String reported) {
        return new Source(null, NOT_CONFIRMED, reported, null);
    }

    public boolean confirmed() {
        return article != null;
    }
}
