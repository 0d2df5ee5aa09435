package kz.senim.rules;

import static kz.senim.rules.AnswerSet.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gives the precise list of errors, never a partial result. */
class AnswerErrorTest {

    private static final RulePack MINI = Packs.mini();

    private static AnswerSet valid() {
        return answers().no("s_scoring").no("p_chat").pick("i_harm", "mid").no("m_review").pick("a_mode", "advisory");
    }

    private static AnswerError error(String q, String code, String... args) {
        return new AnswerError(q, code, List.of(args));
    }

    private static List<AnswerError> errors(Map<String, Answer> answers) {
        try {
            Classifier.classify(MINI, answers);
        } catch (InvalidAnswersException e) {
            assertThat(Classifier.check(MINI, answers)).isEqualTo(e.errors());
            return e.errors();
        }
        throw new AssertionError("expected invalid answers");
    }

    @Test
    void validAnswersHaveNoErrors() {
        assertThat(Classifier.check(MINI, valid().map())).isEmpty();
    }

    @Test
    void anAnswerToAnUnknownQuestion() {
        assertThat(errors(valid().yes("p_chatt").map())).containsExactly(error("p_chatt", "UNKNOWN_QUESTION"));
    }

    @Test
    void anAnswerOfTheWrongType() {
        assertThat(errors(valid().pick("p_chat", "yes").map())).containsExactly(error("p_chat", "WRONG_TYPE", "boolean"));
        assertThat(errors(valid().yes("i_harm").map())).containsExactly(error("i_harm", "WRONG_TYPE", "single"));
        assertThat(errors(valid().put("i_users", Answer.text("many")).map()))
                .containsExactly(error("i_users", "WRONG_TYPE", "number"));
    }

    @Test
    void anOptionNotInTheList() {
        assertThat(errors(valid().pick("i_harm", "catastrophic").map()))
                .containsExactly(error("i_harm", "UNKNOWN_OPTION", "catastrophic"));
        assertThat(errors(valid().yes("p_chat").picks("p_channels", "web", "fax").map()))
                .containsExactly(error("p_channels", "UNKNOWN_OPTION", "fax"));
    }

    @Test
    void aMissingRequiredAnswerAmongVisibleQuestions() {
        // p_chat = true shows p_channels, which is required.
        assertThat(errors(valid().yes("p_chat").map())).containsExactly(error("p_channels", "MISSING_REQUIRED"));
        assertThat(errors(valid().remove("i_harm").map())).containsExactly(error("i_harm", "MISSING_REQUIRED"));
    }

    @Test
    void evidenceMissingWhereTheOptionRequiresIt() {
        assertThat(errors(valid().yes("m_review").map())).containsExactly(error("m_review", "EVIDENCE_MISSING", "yes"));
        assertThat(Classifier.check(MINI, valid().proven("m_review", "review-procedure.pdf").map())).isEmpty();
    }

    @Test
    void aNumberOutsideItsRange() {
        assertThat(errors(valid().put("i_users", Answer.number(-5)).map()))
                .containsExactly(error("i_users", "NUMBER_OUT_OF_RANGE", "-5.0", "0.0", "null"));
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        Map<String, Answer> bad = answers().yes("nonsense").pick("p_chat", "maybe").pick("i_harm", "huge")
                .yes("m_review").pick("a_mode", "advisory").map();

        assertThat(errors(bad)).containsExactlyInAnyOrder(
                error("nonsense", "UNKNOWN_QUESTION"),
                error("p_chat", "WRONG_TYPE", "boolean"),
                error("i_harm", "UNKNOWN_OPTION", "huge"),
                error("m_review", "EVIDENCE_MISSING", "yes"),
                error("s_scoring", "MISSING_REQUIRED"));
        assertThatThrownBy(() -> Classifier.classify(MINI, bad)).isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void aProhibitedHitEndsTheQuestionnaireSoOtherRequiredAnswersMayBeMissing() {
        Map<String, Answer> a = answers().yes("s_scoring").map();

        Classification r = Classifier.classify(MINI, a);

        assertThat(r.prohibited()).isTrue();
        assertThat(r.prohibitedPracticeIds()).containsExactly("pp_scoring");
    }

    @Test
    void butAnswersGivenAfterAProhibitedHitMustStillBeValid() {
        assertThat(errors(answers().yes("s_scoring").pick("i_harm", "huge").map()))
                .containsExactly(error("i_harm", "UNKNOWN_OPTION", "huge"));
    }
}
