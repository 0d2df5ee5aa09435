package kz.senim.guard;

/**
 * One piece of sensitive text. Offsets are UTF-16 indexes into the scanned String (as {@link String#substring}),
 * end exclusive, so callers can mask with plain String operations.
 *
 * @param type       what was found
 * @param start      first char, inclusive
 * @param end        last char, exclusive
 * @param detector   name of the detector that reported it (e.g. "iin", "terms:acme")
 * @param confidence 0..1; used to resolve overlaps and to let callers pick a threshold
 */
public record Finding(FindingType type, int start, int end, String detector, double confidence) {

    public Finding {
        if (type == null || detector == null) {
            throw new IllegalArgumentException("type and detector are required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The matched text, for logs and tests; never send it anywhere the original may not go. */
    public String text(CharSequence input) {
        return input.subSequence(start, end).toString();
    }
}
