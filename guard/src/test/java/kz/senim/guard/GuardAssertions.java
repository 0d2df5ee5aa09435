package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Small helpers shared by detector tests. */
final class GuardAssertions {

    static final LeakGuard GUARD = LeakGuard.defaults();
    static final String EMOJI = "😀👍🏽 ";

    private GuardAssertions() {
    }

    /** Texts of the findings of one type. */
    static List<String> found(String text, FindingType type) {
        return GUARD.scan(text).stream().filter(f -> f.type() == type).map(f -> f.text(text)).toList();
    }

    /** Asserts exactly one finding of the type, at the offsets of {@code expected} in text (UTF-16). */
    static void assertFoundAt(String text, FindingType type, String expected) {
        int start = text.indexOf(expected);
        assertThat(start).as("test text contains the expected value").isGreaterThanOrEqualTo(0);
        List<Finding> fs = GUARD.scan(text).stream().filter(f -> f.type() == type).toList();
        assertThat(fs).as("findings of %s in <%s>", type, text).hasSize(1);
        assertThat(fs.get(0).start()).isEqualTo(start);
        assertThat(fs.get(0).end()).isEqualTo(start + expected.length());
    }

    static void assertNone(String text, FindingType type) {
        assertThat(found(text, type)).as("findings of %s in <%s>", type, text).isEmpty();
    }

    /** Completes 11 digits with the Kazakhstan control digit (caller picks prefixes that have one). */
    static String kzId(String first11) {
        int c = Checksums.kzControlDigit(first11, 0);
        assertThat(c).isGreaterThanOrEqualTo(0);
        return first11 + c;
    }

    /** Replaces the last digit by another one, making the check fail. */
    static String breakLast(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
