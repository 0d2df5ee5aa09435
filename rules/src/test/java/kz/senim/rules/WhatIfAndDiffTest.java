package kz.senim.rules;

import static kz.senim.rules.AnswerSet.cleanScreen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatIfAndDiffTest {

    private static final RulePack PACK = RulePacks.bundled();

    private static Map<String, Answer> chatbot() {
        return cleanScreen().put("p_purpose", Answer.text("FAQ bot")).pick("p_sector", "private")
                .no("p_critical_ict").no("p_state_resources").no("p_restricted_data").yes("p_interacts")
                .picks("p_channels", "website").no("p_synthetic").pick("p_decisions", "none")
                .pick("i_disruption", "inconvenience").pick("i_reversibility", "easy").pick("i_scale", "under_100k")
                .no("i_vulnerable").pick("i_opacity", "opaque").no("m_human_review").no("m_audit").no("m_logging")
                .no("m_explanations").no("m_error_analysis").no("m_fallback").pick("a_mode", "advisory")
                .no("a_self_learning").map();
    }

    @Test
    void whatIfDisruptionCouldCauseEmergencies() {
        WhatIf.Result r = WhatIf.change(PACK, chatbot(), "i_disruption", Answer.choice("emergency"));

        assertThat(r.before().riskClass()).isEqualTo(RiskClass.MINIMAL);
        assertThat(r.after().riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(r.classChanged()).isTrue();
        assertThat(r.changes()).contains(new Change("riskClass", "minimal", "high"),
                new Change("obligation", null, "o_independent_audit"),
                new Change("obligation", null, "o_trusted_list_audit"));
    }

    @Test
    void whatIfTheBotAlsoAnswersThePhone() {
        WhatIf.Result r = WhatIf.change(PACK, chatbot(), "p_channels", Answer.choices("website", "phone"));

        assertThat(r.classChanged()).isFalse();
        assertThat(r.changes()).containsExactly(new Change("obligation", null, "o_notice_phone"));
    }

    @Test
    void whatIfPeopleNoLongerInteractClearsTheChannels() {
        WhatIf.Result r = WhatIf.change(PACK, chatbot(), "p_interacts", Answer.no());

        assertThat(r.after().clearedQuestionIds()).containsExactly("p_channels");
        assertThat(r.changes()).contains(new Change("flag", "interacts_with_people", null),
                new Change("obligation", "o_notice_website", null), new Change("cleared", null, "p_channels"));
    }

    @Test
    void aNewPackVersionThatRaisesTheHighThresholdMovesAClass() {
        // Version 2026.2 asks 60% for high. The deepfake-free chatbot stays minimal; a system at 55% drops.
        RulePack next = RulePacks.fromYaml(RulePacks.toYaml(PACK).replace("version: \"2026.1\"", "version: \"2026.2\"")
                .replace("high: 50", "high: 60"));
        Map<String, Answer> atFiftyFive = AnswerSet.answers().map();
        atFiftyFive.putAll(chatbot());
        // prepares 2 + over 1M 3 + vulnerable 3 + black box 2 + major rights 4 + inconvenience 1
        // = 15 of 27 visible = 55.56%: high at 50%, medium at 60%.
        atFiftyFive.put("p_decisions", Answer.choice("prepares"));
        atFiftyFive.put("p_decision_areas", Answer.choices("education"));
        atFiftyFive.put("i_rights", Answer.choice("major"));
        atFiftyFive.put("i_scale", Answer.choice("over_1m"));
        atFiftyFive.put("i_vulnerable", Answer.yes());
        atFiftyFive.put("m_appeal", Answer.no());

        List<PackDiff.Result> results = PackDiff.compareAll(PACK, next, List.of(chatbot(), atFiftyFive));

        assertThat(results.get(0).classChanged()).isFalse();
        PackDiff.Result moved = results.get(1);
        assertThat(moved.before().result().score().percentOfMax()).isEqualByComparingTo("55.56");
        assertThat(moved.before().result().riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(moved.after().result().riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(moved.after().packVersion()).isEqualTo("2026.2");
        assertThat(moved.classChanged()).isTrue();
        assertThat(moved.changes()).contains(new Change("riskClass", "high", "medium"),
                new Change("obligation", "o_human_signoff", null));
    }

    @Test
    void aNewRequiredQuestionMeansStoredAnswersNeedUpdating() {
        String yaml = RulePacks.toYaml(PACK).replace("version: \"2026.1\"", "version: \"2026.2\"")
                .replace("questions:\n", """
                questions:
                - id: "p_training_data"
                  section: "profile"
                  type: "boolean"
                  required: true
                  text:
                    kk: "Жүйе авторлық туындылармен оқытылды ма?"
                    ru: "Обучалась ли система на произведениях?"
                    en: "Was the system trained on copyrighted works?"
                """);
        PackDiff.Result r = PackDiff.compare(PACK, RulePacks.fromYaml(yaml), chatbot());

        assertThat(r.before().ok()).isTrue();
        assertThat(r.after().ok()).isFalse();
        assertThat(r.needsNewAnswers()).isTrue();
        assertThat(r.after().errors()).containsExactly(new AnswerError("p_training_data", "MISSING_REQUIRED", List.of()));
    }
}
