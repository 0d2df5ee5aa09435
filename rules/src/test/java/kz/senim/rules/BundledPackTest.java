package kz.senim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped pack is valid, complete in three languages, and cites only confirmed articles. */
class BundledPackTest {

    private static final RulePack PACK = RulePacks.bundled();

    @Test
    void shippedPackHasNoProblems() {
        assertThat(PackValidator.validate(PACK)).isEmpty();
    }

    @Test
    void shippedPackIsVersionedAndCitesOnlyTheBriefsConfirmedArticles() {
        assertThat(PACK.id()).isEqualTo("kz-ai-law-230-viii");
        assertThat(PACK.version()).isEqualTo("2026.1");
        assertThat(PACK.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 18));
        assertThat(PACK.confirmedArticles()).containsExactly("1", "16", "17(1)", "17(2)", "21", "23", "31");
    }

    @Test
    void everyPracticeTheBriefReportsIsScreenedFirst() {
        assertThat(PACK.prohibited()).extracting(ProhibitedPractice::id).containsExactly("pp_manipulation",
                "pp_vulnerability", "pp_social_scoring", "pp_emotion_without_consent", "pp_personal_data",
                "pp_discrimination", "pp_prohibited_content");
        // None of them is sourced to an article: the brief lists them as reported only.
        assertThat(PACK.prohibited()).allSatisfy(p -> {
            assertThat(p.source().article()).isNull();
            assertThat(p.source().status()).isEqualTo(Source.NOT_CONFIRMED);
        });
        List<String> screen = PACK.questions().stream().filter(q -> q.section() == Section.SCREEN)
                .map(Question::id).toList();
        assertThat(PACK.questions().subList(0, screen.size())).extracting(Question::id).isEqualTo(screen);
    }

    @Test
    void withConsentAnswersDemandEvidence() {
        for (String q : List.of("s_emotion", "s_personal_data")) {
            assertThat(PACK.question(q).orElseThrow().option("with_consent").orElseThrow().requiresEvidence())
                    .as(q).isTrue();
        }
    }
}
