package kz.senim.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.senim.guard.detectors.PatternDetector;
import org.junit.jupiter.api.Test;

class CustomDetectorsTest {

    @Test
    void termsAreCaseInsensitiveWholeWords() throws Exception {
        List<String> terms = new ArrayList<>(List.of("Project Falcon", "Сұңқар", "ёлка-2"));
        for (int i = 0; i < 5000; i++) {
            terms.add("term" + i);
        }
        LeakGuard guard = LeakGuard.builder().addTerms("acme", terms).build();
        String text = "😀 The PROJECT FALCON plan, жоба СҰҢҚАР; елка-2 and term42 but not term42x or myterm7.";
        List<String> hits = guard.scan(text).stream().map(f -> f.text(text)).toList();
        assertThat(hits).containsExactly("PROJECT FALCON", "СҰҢҚАР", "елка-2", "term42");
        assertThat(guard.scan(text).get(0).detector()).isEqualTo("terms:acme");
        assertThat(guard.scan(text).get(0).start()).isEqualTo(text.indexOf("PROJECT"));
    }

    @Test
    void overlappingTermsKeepTheLongest() {
        LeakGuard guard = LeakGuard.builder().addTerms("acme", List.of("falcon", "project falcon")).build();
        String text = "project falcon";
        assertThat(guard.scan(text)).singleElement().extracting(f -> f.text(text)).isEqualTo("project falcon");
    }

    @Test
    void customPatternsRunOnRe2() throws Exception {
        LeakGuard guard = LeakGuard.builder().addPattern("contract", "ДОГ-\\d{4}/\\d{2}").build();
        String text = "👍 см. ДОГ-1234/22 и ДОГ-12/2";
        assertThat(guard.scan(text)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.CUSTOM_PATTERN);
            assertThat(f.text(text)).isEqualTo("ДОГ-1234/22");
            assertThat(f.start()).isEqualTo(text.indexOf("ДОГ"));
            assertThat(f.detector()).isEqualTo("pattern:contract");
        });
    }

    @Test
    void aPatternScanStopsWhenItsThreadIsInterrupted() throws Exception {
        // a.*b|a looks to the end of the text for each a: all matches over 40 000 a's take half a minute
        LeakGuard guard = LeakGuard.builder().addPattern("slow", "a.*b|a").build();
        String text = "a".repeat(40_000);
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread scan = Thread.ofVirtual().start(() -> {
            try {
                guard.scan(text);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        Thread.sleep(50);
        scan.interrupt();
        scan.join();
        assertThat(failure.get()).isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessageNotContaining("aaa");
    }

    @Test
    void patternsRe2CannotRunAreRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> PatternDetector.check("(a)\\1"))
                .isInstanceOf(InvalidPatternException.class).hasMessageContaining("Backreferences");
        assertThatThrownBy(() -> PatternDetector.check("foo(?=bar)"))
                .isInstanceOf(InvalidPatternException.class).hasMessageContaining("Lookahead");
        assertThatThrownBy(() -> PatternDetector.check("(?<!x)y"))
                .isInstanceOf(InvalidPatternException.class).hasMessageContaining("lookbehind");
        assertThatThrownBy(() -> PatternDetector.check("a(b"))
                .isInstanceOf(InvalidPatternException.class).hasMessageContaining("RE2 syntax");
        assertThatThrownBy(() -> PatternDetector.check("x*"))
                .isInstanceOf(InvalidPatternException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PatternDetector.check("(?>ab)c")).isInstanceOf(InvalidPatternException.class)
                .extracting(e -> ((InvalidPatternException) e).reason())
                .isEqualTo(InvalidPatternException.Reason.ATOMIC_GROUP);
        assertThat(reason("(a)\\1")).isEqualTo(InvalidPatternException.Reason.BACKREFERENCE);
        assertThat(reason("(?<n>a)\\k<n>")).isEqualTo(InvalidPatternException.Reason.NAMED_BACKREFERENCE);
        assertThat(reason("foo(?=bar)")).isEqualTo(InvalidPatternException.Reason.LOOKAROUND);
        assertThat(reason("a(b")).isEqualTo(InvalidPatternException.Reason.SYNTAX);
        assertThat(reason("x*")).isEqualTo(InvalidPatternException.Reason.MATCHES_EMPTY);
        assertThat(reason(" ")).isEqualTo(InvalidPatternException.Reason.EMPTY);
        // nested quantifiers are fine: RE2 runs them in linear time
        assertThat(PatternDetector.check("(a+)+$").matcher("a".repeat(50_000) + "b").find()).isFalse();
    }

    private static InvalidPatternException.Reason reason(String regex) {
        try {
            PatternDetector.check(regex);
            throw new AssertionError("accepted: " + regex);
        } catch (InvalidPatternException e) {
            return e.reason();
        }
    }
}
