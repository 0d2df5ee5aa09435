package kz.senim.rules;

import static kz.senim.rules.Packs.mini;
import static kz.senim.rules.Packs.miniWithObligation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One deliberately broken pack per kind of problem, each asserting the exact problem reported. */
class ValidationTest {

    private static Problem problem(String path, String code, String... args) {
        return new Problem(path, code, List.of(args));
    }

    @Test
    void theMiniPackIsValid() {
        assertThat(PackValidator.validate(mini())).isEmpty();
    }

    @Test
    void showIfNamingAnUnknownQuestionIsDangling() {
        RulePack pack = mini("showIf: {question: p_chat, is: true}", "showIf: {question: p_chatt, is: true}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/p_channels/showIf", "UNKNOWN_QUESTION", "p_chatt"));
    }

    @Test
    void obligationNamingAnUnknownOptionIsDangling() {
        RulePack pack = mini("anyOf: [web]", "anyOf: [webb]");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_notice_web/when", "UNKNOWN_OPTION", "p_channels", "webb"));
    }

    @Test
    void conditionNamingAnUnknownFlagIsDangling() {
        RulePack pack = miniWithObligation("""
                  - id: o_typo
                    when: {flag: chatt}
                    text: {kk: "Қате", ru: "Ошибка", en: "Typo"}
                    source: {article: "21"}
                """);
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_typo/when", "UNKNOWN_FLAG", "chatt"));
    }

    @Test
    void twoQuestionsShownIfEachOtherFormACycle() {
        RulePack pack = mini("""
                  - id: p_chat
                    section: profile
                    type: boolean
                """, """
                  - id: p_chat
                    section: profile
                    showIf: {question: p_channels, answered: true}
                    type: boolean
                """);
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("questions/p_chat/showIf", "SHOW_IF_CYCLE", "p_chat", "p_channels", "p_chat"));
    }

    @Test
    void aLongerCycleIsReportedOnceWithItsWholePath() {
        // p_chat → m_review → i_harm → p_chat
        RulePack pack = mini("""
                  - id: p_chat
                    section: profile
                    type: boolean
                """, """
                  - id: p_chat
                    section: profile
                    showIf: {question: m_review, is: true}
                    type: boolean
                """);
        pack = RulePacks.fromYaml(RulePacks.toYaml(pack)
                .replace("id: \"m_review\"\n  section: \"mitigation\"",
                        "id: \"m_review\"\n  section: \"mitigation\"\n  showIf:\n    question: \"i_harm\"\n    is: \"low\"")
                .replace("id: \"i_harm\"\n  section: \"impact\"",
                        "id: \"i_harm\"\n  section: \"impact\"\n  showIf:\n    question: \"p_chat\"\n    is: true"));
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("questions/p_chat/showIf", "SHOW_IF_CYCLE", "p_chat", "m_review", "i_harm", "p_chat"));
    }

    @Test
    void aQuestionShownIfItselfIsACycle() {
        RulePack pack = mini("showIf: {question: p_chat, is: true}", "showIf: {question: p_channels, anyOf: [web]}");
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("questions/p_channels/showIf", "SHOW_IF_CYCLE", "p_channels", "p_channels"));
    }

    @Test
    void blankKazakhTextIsAMissingTranslation() {
        RulePack pack = mini("kk: \"Адамдармен сөйлесе ме?\"", "kk: \" \"");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/p_chat/text", "TRANSLATION_MISSING", "kk"));
    }

    @Test
    void missingRussianOptionLabelIsAMissingTranslation() {
        RulePack pack = mini("{kk: \"Ауыр\", ru: \"Тяжёлый\", en: \"Severe\"}", "{kk: \"Ауыр\", en: \"Severe\"}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/i_harm/options/severe/text", "TRANSLATION_MISSING", "ru"));
    }

    @Test
    void anObligationWithNoTextMissesAllThreeLanguages() {
        RulePack pack = mini("    text: {kk: \"Жоғары тәуекел шаралары\", ru: \"Меры высокого риска\", en: \"High-risk measures\"}\n",
                "");
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("obligations/o_high/text", "TRANSLATION_MISSING", "kk"),
                problem("obligations/o_high/text", "TRANSLATION_MISSING", "ru"),
                problem("obligations/o_high/text", "TRANSLATION_MISSING", "en"));
    }

    @Test
    void anObligationNoAnswerCanProduceIsUnreachable() {
        // Contradiction at the answer level: p_chat cannot be both true and false.
        RulePack pack = miniWithObligation("""
                  - id: o_never
                    when:
                      all:
                        - {question: p_chat, is: true}
                        - {question: p_chat, is: false}
                    text: {kk: "Ешқашан", ru: "Никогда", en: "Never"}
                    source: {article: "21"}
                """);
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_never", "UNREACHABLE_OUTCOME", "obligation", "o_never"));
    }

    @Test
    void anObligationNeedingAScoreItsOwnConditionForbidsIsUnreachable() {
        // High risk needs 75% of the maximum; with harm "low" the only points left are the phone channel
        // (1 of 5) and the only direct rule gives medium, so no answers reach it. Proved by the search's
        // score bounds, not by a syntactic contradiction.
        RulePack pack = miniWithObligation("""
                  - id: o_high_but_harmless
                    when:
                      all:
                        - {riskClass: [high]}
                        - {question: i_harm, is: low}
                    text: {kk: "Мүмкін емес", ru: "Невозможно", en: "Impossible"}
                    source: {article: "17(1)"}
                """);
        assertThat(PackValidator.validate(pack)).containsExactly(problem("obligations/o_high_but_harmless",
                "UNREACHABLE_OUTCOME", "obligation", "o_high_but_harmless"));
    }

    @Test
    void aRiskClassThatDirectRulesMakeImpossibleIsUnreachable() {
        // A rule that makes every permitted system high leaves minimal and medium unreachable.
        RulePack pack = mini("""
                riskRules:
                """, """
                riskRules:
                  - id: rr_everything
                    riskClass: high
                    when: {question: s_scoring, is: false}
                    text: {kk: "Барлығы", ru: "Все", en: "Everything"}
                    source: {article: "17(1)"}
                """);
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("riskClasses/minimal", "UNREACHABLE_OUTCOME", "riskClass", "minimal"),
                problem("riskClasses/medium", "UNREACHABLE_OUTCOME", "riskClass", "medium"));
    }

    @Test
    void duplicateQuestionIdIsReported() {
        // Renaming i_users to i_harm also leaves the rule that read i_users dangling.
        RulePack pack = mini("  - id: i_users\n", "  - id: i_harm\n");
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("questions/i_harm", "DUPLICATE_ID", "i_harm"),
                problem("riskRules/rr_many_users/when", "UNKNOWN_QUESTION", "i_users"));
    }

    @Test
    void duplicateObligationIdIsReported() {
        RulePack pack = miniWithObligation("""
                  - id: o_high
                    text: {kk: "Қайта", ru: "Повтор", en: "Again"}
                    source: {article: "21"}
                """);
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_high", "DUPLICATE_ID", "o_high"));
    }

    @Test
    void duplicateOptionIdIsReported() {
        RulePack pack = mini("- id: phone\n", "- id: web\n");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/p_channels/options/web", "DUPLICATE_ID", "web"));
    }

    @Test
    void thresholdsOutOfOrderAreReported() {
        RulePack pack = mini("thresholds: {medium: 25, high: 75}", "thresholds: {medium: 75, high: 25}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("scoring/thresholds", "THRESHOLDS_OUT_OF_ORDER", "75", "25"));
    }

    @Test
    void aRuleWithoutASourceIsReported() {
        RulePack pack = mini("""
                    text: {kk: "Сайтта хабарлаңыз", ru: "Уведомите на сайте", en: "Give notice on the website"}
                    source: {article: "21"}
                """, """
                    text: {kk: "Сайтта хабарлаңыз", ru: "Уведомите на сайте", en: "Give notice on the website"}
                """);
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_notice_web/source", "SOURCE_MISSING"));
    }

    @Test
    void anArticleNotDeclaredConfirmedIsReported() {
        // The brief does not confirm an Art. 22; citing it would show users an invented article number.
        RulePack pack = mini("""
                    text: {kk: "Сайтта хабарлаңыз", ru: "Уведомите на сайте", en: "Give notice on the website"}
                    source: {article: "21"}
                """, """
                    text: {kk: "Сайтта хабарлаңыз", ru: "Уведомите на сайте", en: "Give notice on the website"}
                    source: {article: "22"}
                """);
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_notice_web/source", "ARTICLE_NOT_CONFIRMED", "22"));
    }

    @Test
    void anUnconfirmedSourceMustSaySoAndNameWhereItWasReported() {
        RulePack pack = mini("source: {article: null, status: \"article not confirmed\", reported: \"Mazhilis sponsor\"}",
                "source: {article: null}");
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("prohibited/pp_scoring/source", "SOURCE_STATUS_MISSING"),
                problem("prohibited/pp_scoring/source", "SOURCE_REPORTED_MISSING"));
    }

    @Test
    void aProhibitedPracticeMustBeDecidedByScreenQuestions() {
        RulePack pack = mini("when: {question: s_scoring, is: true}", "when: {question: p_chat, is: true}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("prohibited/pp_scoring/when", "PROHIBITED_OUTSIDE_SCREEN", "p_chat"));
    }

    @Test
    void mitigationPointsWithoutEvidenceAreReported() {
        RulePack pack = mini("mitigation: 1\n        requiresEvidence: true", "mitigation: 1");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/m_review/options/yes", "MITIGATION_WITHOUT_EVIDENCE", "yes"));
    }

    @Test
    void aShowIfCannotDependOnAFlagComputedAfterTheQuestionnaire() {
        RulePack pack = mini("showIf: {question: p_chat, is: true}", "showIf: {flag: chat}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("questions/p_channels/showIf", "CONDITION_NOT_ALLOWED", "flag"));
    }

    @Test
    void anOperatorMustFitTheQuestionType() {
        RulePack pack = mini("when: {question: i_users, atLeast: 100000}", "when: {question: p_chat, atLeast: 100000}");
        assertThat(PackValidator.validate(pack)).containsExactly(
                problem("riskRules/rr_many_users/when", "OPERATOR_MISMATCH", "p_chat", "range", "boolean"));
    }

    @Test
    void aConditionWithTwoKindsIsAmbiguous() {
        RulePack pack = mini("when: {riskClass: [high]}", "when: {riskClass: [high], flag: chat}");
        assertThat(PackValidator.validate(pack))
                .containsExactly(problem("obligations/o_high/when", "CONDITION_AMBIGUOUS", "flag,riskClass"));
    }

    @Test
    void aTypoInAFieldNameIsRejectedWhenReading() {
        String yaml = Packs.miniYaml().replace("requiresEvidence: true", "requiresEvidance: true");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulePacks.fromYaml(yaml))
                .isInstanceOf(RulePackFormatException.class)
                .hasMessageContaining("requiresEvidance");
    }
}
