package kz.senim.rules;

import static kz.senim.rules.AnswerSet.answers;
import static kz.senim.rules.AnswerSet.cleanScreen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hidden conditional question never scores, never counts toward the maximum, and its answer is cleared. */
class HiddenQuestionTest {

    private static final RulePack MINI = Packs.mini();

    private static AnswerSet miniBase() {
        return answers().no("s_scoring").pick("i_harm", "mid").no("m_review").pick("a_mode", "advisory");
    }

    @Test
    void anAnswerToAHiddenQuestionIsClearedAndDoesNotScore() {
        // p_channels is shown only to chat systems; "phone" would add 1 impact point.
        Map<String, Answer> a = miniBase().no("p_chat").picks("p_channels", "phone", "web").map();

        Classification r = Classifier.classify(MINI, a);

        assertThat(r.clearedQuestionIds()).containsExactly("p_channels");
        assertThat(r.effectiveAnswers()).doesNotContainKey("p_channels");
        assertThat(r.score().contributions()).extracting(Contribution::questionId).containsExactly("i_harm", "m_review");
        assertThat(r.score().rawImpact()).isEqualTo(2);
        assertThat(r.score().maxRawImpact()).isEqualTo(4); // not 5: the hidden branch does not dilute the percentage
        assertThat(r.obligationIds()).doesNotContain("o_notice_web");
        assertThat(r.reasons()).contains(Reason.of("ANSWER_CLEARED", "p_channels"));
    }

    @Test
    void theSameAnswerScoresWhenItsQuestionIsShown() {
        Map<String, Answer> a = miniBase().yes("p_chat").picks("p_channels", "phone", "web").map();

        Classification r = Classifier.classify(MINI, a);

        assertThat(r.clearedQuestionIds()).isEmpty();
        assertThat(r.score().rawImpact()).isEqualTo(3);
        assertThat(r.score().maxRawImpact()).isEqualTo(5);
        assertThat(r.obligationIds()).contains("o_notice_web");
    }

    @Test
    void aRequiredQuestionThatIsHiddenNeedsNoAnswer() {
        Map<String, Answer> a = miniBase().no("p_chat").map();
        assertThat(Classifier.check(MINI, a)).isEmpty();
    }

    @Test
    void aHiddenAnswerIsClearedEvenIfItsValueWouldBeInvalid() {
        // It is never looked at, so it cannot fail the submission either.
        Map<String, Answer> a = miniBase().no("p_chat").put("p_channels", Answer.of(42)).map();

        assertThat(Classifier.classify(MINI, a).clearedQuestionIds()).containsExactly("p_channels");
    }

    @Test
    void hiddenImpactQuestionsInTheShippedPackNeverScore() {
        // No decisions about people: i_rights (up to 4 points) and m_appeal are hidden; answers given anyway.
        RulePack pack = RulePacks.bundled();
        Map<String, Answer> a = cleanScreen().put("p_purpose", Answer.text("Internal search"))
                .pick("p_sector", "private").no("p_critical_ict").no("p_state_resources").no("p_restricted_data")
                .no("p_interacts").no("p_synthetic").pick("p_decisions", "none")
                .pick("i_rights", "major").put("m_appeal", Answer.yes().withEvidence("x"))
                .picks("p_decision_areas", "health").yes("p_foreign_service")
                .pick("i_disruption", "negligible").pick("i_reversibility", "easy").pick("i_scale", "under_1k")
                .no("i_vulnerable").pick("i_opacity", "rules").no("m_human_review").no("m_audit").no("m_logging")
                .no("m_explanations").no("m_error_analysis").no("m_fallback").pick("a_mode", "advisory")
                .no("a_self_learning").map();

        Classification r = Classifier.classify(pack, a);

        assertThat(r.clearedQuestionIds())
                .containsExactlyInAnyOrder("i_rights", "m_appeal", "p_decision_areas", "p_foreign_service");
        assertThat(r.score().rawImpact()).isZero();
        assertThat(r.score().maxMitigation()).isEqualTo(14); // m_appeal's 2 points are not in the maximum
        assertThat(r.riskClass()).isEqualTo(RiskClass.MINIMAL);
    }

    @Test
    void aHiddenAnswerCannotShowAnotherQuestion() {
        // m_review is shown only if i_harm is severe, and i_harm only to chat systems. With p_chat = false,
        // i_harm is hidden, so its "severe" answer is cleared and cannot show m_review.
        RulePack pack = Packs.mini("""
                  - id: i_harm
                    section: impact
                """, """
                  - id: i_harm
                    section: impact
                    showIf: {question: p_chat, is: true}
                """);
        pack = RulePacks.fromYaml(RulePacks.toYaml(pack).replace("id: \"m_review\"\n  section: \"mitigation\"",
                "id: \"m_review\"\n  section: \"mitigation\"\n  showIf:\n    question: \"i_harm\"\n    is: \"severe\""));
        Map<String, Answer> a = answers().no("s_scoring").no("p_chat").pick("i_harm", "severe")
                .put("m_review", Answer.yes().withEvidence("x")).pick("a_mode", "advisory").map();

        Classification r = Classifier.classify(pack, a);

        assertThat(r.clearedQuestionIds()).containsExactly("i_harm", "m_review");
        assertThat(r.score().maxRawImpact()).isZero();
    }
}
