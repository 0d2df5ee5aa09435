package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeakGuardTest {

    @Test
    void findingsAreSortedAndDoNotOverlap() {
        String text = "😀 Иван Петров, ИИН 870412300218, тел. +7 701 123 45 67, e-mail ivan@mail.kz, "
                + "карта 4111 1111 1111 1111, IBAN KZ86125KZT5004100100.";
        List<Finding> fs = GuardAssertions.GUARD.scan(text);
        assertThat(fs).extracting(Finding::type).containsExactly(FindingType.PERSON_NAME, FindingType.IIN,
                FindingType.PHONE, FindingType.EMAIL, FindingType.PAYMENT_CARD, FindingType.IBAN);
        for (int i = 1; i < fs.size(); i++) {
            assertThat(fs.get(i).start()).isGreaterThanOrEqualTo(fs.get(i - 1).end());
        }
    }

    @Test
    void overlapsGoToHigherConfidenceThenLongerSpan() {
        Detector a = detector("a", FindingType.CUSTOM_PATTERN, 0, 5, 0.6);
        Detector b = detector("b", FindingType.CONFIDENTIAL_TERM, 2, 4, 0.9);
        Detector c = detector("c", FindingType.CUSTOM_PATTERN, 3, 9, 0.9);
        LeakGuard guard = LeakGuard.builder().add(a).add(b).add(c).build();
        assertThat(guard.scan("0123456789")).extracting(Finding::detector).containsExactly("c");
        assertThat(guard.scanAll("0123456789")).hasSize(3);
    }

    @Test
    void onlyBuiltInsAndTermsMakeAGuardLinearTime() throws InvalidPatternException {
        assertThat(LeakGuard.defaults().linearTime()).isTrue();
        assertThat(LeakGuard.builder().addBuiltIns().addTerms("org", List.of("Сұңқар")).build().linearTime()).isTrue();
        // finding all matches of a pattern can take quadratic time (a.*b|a over a run of a's)
        assertThat(LeakGuard.builder().addBuiltIns().addPattern("case", "CASE-\\d{6}").build().linearTime()).isFalse();
        assertThat(LeakGuard.builder().addBuiltIns().add(detector("x", FindingType.CUSTOM_PATTERN, 0, 1, 1.0))
                .build().linearTime()).isFalse();
    }

    @Test
    void emptyAndPlainTexts() {
        assertThat(GuardAssertions.GUARD.scan("")).isEmpty();
        assertThat(GuardAssertions.GUARD.scan("just words, 12 apples and 2024 year")).isEmpty();
    }

    @Test
    void serviceLoadedFactoriesAreOptional() {
        LeakGuard guard = LeakGuard.builder().addServiceDetectors(getClass().getClassLoader()).build();
        assertThat(guard.detectors()).isEmpty();
    }

    private static Detector detector(String name, FindingType type, int start, int end, double conf) {
        return new Detector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void detect(ScanText text, FindingSink sink) {
                sink.report(type, start, end, conf);
            }
        };
    }
}
