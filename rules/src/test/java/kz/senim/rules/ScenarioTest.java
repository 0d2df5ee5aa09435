package kz.senim.rules;

import static kz.senim.rules.AnswerSet.cleanScreen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-made systems classified with the shipped pack. Each expected class is reasoned from the law
 * brief (and the pack's points), so a pack change that moves one of them is noticed.
 */
class ScenarioTest {

    private static final RulePack PACK = RulePacks.bundled();

    /** Mitigation answers all "no" unless a scenario says otherwise. */
    private static AnswerSet noMitigation(AnswerSet a) {
        return a.no("m_human_review").no("m_audit").no("m_logging").no("m_explanations").no("m_error_analysis")
                .no("m_fallback");
    }

    private static Map<String, Answer> welfare() {
        // A Digital-Family-Card-like system: registry data, millions of households, a civil servant signs off.
        return cleanScreen()
                .put("s_personal_data", Answer.choice("with_consent").withEvidence("sms-consent-register"))
                .put("p_purpose", Answer.text("Scores household welfare to offer social benefits proactively"))
                .pick("p_sector", "public_body").no("p_critical_ict").yes("p_state_resources")
                .yes("p_restricted_data").yes("p_interacts").picks("p_channels", "website", "messenger")
                .no("p_synthetic").pick("p_decisions", "prepares").picks("p_decision_areas", "social_benefits")
                .no("p_foreign_service")
                .pick("i_disruption", "significant_harm").pick("i_reversibility", "hard").pick("i_scale", "over_1m")
                .yes("i_vulnerable").pick("i_rights", "major").pick("i_opacity", "interpretable")
                .proven("m_human_review", "signoff-procedure").proven("m_appeal", "appeal-rules").no("m_audit")
                .proven("m_logging", "log-spec").proven("m_explanations", "explanation-samples")
                .no("m_error_analysis").proven("m_fallback", "manual-procedure")
                .pick("a_mode", "advisory").no("a_self_learning").map();
    }

    @Test
    void welfareEligibilityScoringInThePublicSectorIsHigh() {
        // Raw impact: prepares 2 + restricted data 3 + significant harm 3 + hard to undo 2 + over 1M people 3
        // + vulnerable 3 + major rights impact 4 + interpretable 1 + no foreign service 0 = 21 of 29 visible.
        // Mitigation 11 of 16 (69%) is under 80%, so no reduction: 21/29 = 72.41% ≥ 50% → high.
        // Art. 17(1) agrees in spirit: disruption (households missing benefits) is significant harm.
        Classification r = Classifier.classify(PACK, welfare());

        assertThat(r.prohibited()).isFalse();
        assertThat(r.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(r.autonomyClass()).isEqualTo(AutonomyClass.LOW);
        assertThat(r.score().rawImpact()).isEqualTo(21);
        assertThat(r.score().maxRawImpact()).isEqualTo(29);
        assertThat(r.score().mitigation()).isEqualTo(11);
        assertThat(r.score().maxMitigation()).isEqualTo(16);
        assertThat(r.score().reductionApplied()).isFalse();
        assertThat(r.score().percentOfMax()).isEqualByComparingTo("72.41");
        assertThat(r.score().highThresholdPoints()).isEqualByComparingTo("14.5");
        assertThat(r.flags()).containsExactlyInAnyOrder("state_resources", "personal_data", "restricted_data",
                "interacts_with_people", "public_sector", "decisions_affecting_rights");
        // High risk + decisions about people: human sign-off, Art. 16 rights, state infosec (forms state
        // resources), audits, and the Guideline's public-sector items.
        assertThat(r.obligationIds()).contains("o_human_signoff", "o_explanation", "o_decision_data", "o_refusal",
                "o_state_infosec", "o_independent_audit", "o_trusted_list_audit", "o_lifecycle_logging",
                "o_appeal", "o_error_analysis", "o_rights_impact", "o_depersonalise", "o_verify_outputs",
                "o_no_official_data_abroad", "o_purpose_limitation", "o_notice_website", "o_notice_messenger",
                "o_data_localisation");
        assertThat(r.obligationIds()).doesNotContain("o_synthetic_marking", "o_high_autonomy", "o_notice_phone");
        assertThat(r.reasons()).contains(Reason.of("RISK_RULE", "rr_significant_harm", "medium", "Art. 17(1)"));
    }

    @Test
    void chatbotOnAWebsiteIsMinimalWithANoticeOnItsChannel() {
        // A shop's FAQ bot: no personal data, no decisions about people, disruption is an inconvenience.
        // Raw: inconvenience 1 + 1k–100k people 1 + black box 2 = 4 of 23 visible (17.39%) < 25% → minimal.
        // Art. 21 still requires telling users they talk to AI on the channel where they meet it.
        Map<String, Answer> bot = noMitigation(cleanScreen()
                .put("p_purpose", Answer.text("Answers customer questions about delivery"))
                .pick("p_sector", "private").no("p_critical_ict").no("p_state_resources").no("p_restricted_data")
                .yes("p_interacts").picks("p_channels", "website").no("p_synthetic").pick("p_decisions", "none")
                .pick("i_disruption", "inconvenience").pick("i_reversibility", "easy").pick("i_scale", "under_100k")
                .no("i_vulnerable").pick("i_opacity", "opaque"))
                .pick("a_mode", "advisory").no("a_self_learning").map();

        Classification r = Classifier.classify(PACK, bot);

        assertThat(r.riskClass()).isEqualTo(RiskClass.MINIMAL);
        assertThat(r.score().rawImpact()).isEqualTo(4);
        assertThat(r.score().maxRawImpact()).isEqualTo(23);
        assertThat(r.flags()).containsExactly("interacts_with_people");
        assertThat(r.obligationIds()).containsExactlyInAnyOrder("o_classify", "o_lifecycle_risk",
                "o_notice_website", "o_user_agreement", "o_refusal");
    }

    @Test
    void deepfakeGeneratorIsMediumAndMustMarkItsOutput() {
        // Its disruption harms nobody (Art. 17(1) looks at disruption), but it reaches over a million people,
        // its harm is hard to undo and it copies real people's likeness: raw 0+2+3+2+3 = 10 of 26 (38.46%)
        // → medium. Art. 21: machine-readable marking and a visible warning on every synthetic result.
        Map<String, Answer> deepfake = noMitigation(cleanScreen()
                .put("s_personal_data", Answer.choice("with_consent").withEvidence("model-release-forms"))
                .put("p_purpose", Answer.text("Generates videos of a person from a photo and a voice sample"))
                .pick("p_sector", "private").no("p_critical_ict").no("p_state_resources").no("p_restricted_data")
                .yes("p_interacts").picks("p_channels", "website", "mobile_app").yes("p_synthetic")
                .picks("p_synthetic_kinds", "video", "audio", "likeness").pick("p_decisions", "none")
                .pick("i_disruption", "negligible").pick("i_reversibility", "hard").pick("i_scale", "over_1m")
                .no("i_vulnerable").pick("i_opacity", "opaque"))
                .pick("a_mode", "advisory").no("a_self_learning").map();

        Classification r = Classifier.classify(PACK, deepfake);

        assertThat(r.riskClass()).isEqualTo(RiskClass.MEDIUM);
        assertThat(r.score().rawImpact()).isEqualTo(10);
        assertThat(r.score().maxRawImpact()).isEqualTo(26);
        assertThat(r.flags()).contains("synthetic_content", "personal_data");
        assertThat(r.obligationIds()).contains("o_synthetic_marking", "o_synthetic_warning", "o_copyright",
                "o_notice_website", "o_notice_mobile_app", "o_lifecycle_logging", "o_data_protection");
        assertThat(r.obligations()).filteredOn(o -> o.id().equals("o_synthetic_marking"))
                .extracting(o -> o.source().article()).containsExactly("21");
    }

    @Test
    void gridControlInCriticalInfrastructureIsHighByTheDirectRule() {
        // Art. 17(1): disruption of grid control can lead to emergencies → high, whatever the score.
        // Score alone would say minimal (emergency 4 + easy 0 + 1k–100k 1 + rules 0 = 5 of 20 with strong
        // mitigation), which is exactly why direct rules exist.
        Map<String, Answer> grid = cleanScreen()
                .put("p_purpose", Answer.text("Balances load on the regional power grid"))
                .pick("p_sector", "quasi_public").yes("p_critical_ict").no("p_state_resources")
                .no("p_restricted_data").no("p_interacts").no("p_synthetic").pick("p_decisions", "none")
                .no("p_foreign_service")
                .pick("i_disruption", "emergency").pick("i_reversibility", "easy").pick("i_scale", "under_100k")
                .no("i_vulnerable").pick("i_opacity", "rules")
                .proven("m_human_review", "dispatcher-procedure").proven("m_audit", "audit-2025")
                .proven("m_logging", "scada-log").proven("m_explanations", "docs")
                .proven("m_error_analysis", "incident-review").proven("m_fallback", "manual-dispatch")
                .pick("a_mode", "supervised").yes("a_stop").no("a_self_learning").map();

        Classification r = Classifier.classify(PACK, grid);

        assertThat(r.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(r.score().scoreClass()).isEqualTo(RiskClass.MINIMAL);
        assertThat(r.score().reductionApplied()).isTrue();
        assertThat(r.autonomyClass()).isEqualTo(AutonomyClass.MEDIUM);
        assertThat(r.reasons()).contains(Reason.of("RISK_RULE", "rr_emergency", "high", "Art. 17(1)"),
                Reason.of("RISK_RULE", "rr_critical_ict", "high", "Art. 17(1)"));
        assertThat(r.obligationIds()).contains("o_state_infosec", "o_human_oversight", "o_independent_audit")
                .doesNotContain("o_high_autonomy", "o_notice_website", "o_human_signoff");
    }

    @Test
    void socialScoringIsProhibitedAndTerminal() {
        // Social scoring is on the reported list of prohibited functions (Mazhilis sponsor). The screen is
        // terminal: no other question needs an answer, and the result carries no class.
        Map<String, Answer> scoring = cleanScreen().yes("s_social_scoring").map();

        Classification r = Classifier.classify(PACK, scoring);

        assertThat(r.prohibited()).isTrue();
        assertThat(r.prohibitedPracticeIds()).containsExactly("pp_social_scoring");
        assertThat(r.prohibitedPractices().getFirst().source().article()).isNull();
        assertThat(r.prohibitedPractices().getFirst().source().status()).isEqualTo("article not confirmed");
        assertThat(r.riskClass()).isNull();
        assertThat(r.autonomyClass()).isNull();
        assertThat(r.score()).isNull();
        assertThat(r.obligations()).isEmpty();
        assertThat(r.reasons()).containsExactly(Reason.of("PROHIBITED_PRACTICE", "pp_social_scoring",
                "article not confirmed: reported list of prohibited functions; Mazhilis sponsor"));
    }

    @Test
    void everyHitIsListedWhenSeveralPracticesAreProhibited() {
        Map<String, Answer> a = cleanScreen().pick("s_emotion", "without_consent").pick("s_personal_data", "in_breach")
                .map();

        Classification r = Classifier.classify(PACK, a);

        assertThat(r.prohibitedPracticeIds()).containsExactly("pp_emotion_without_consent", "pp_personal_data");
    }

    @Test
    void strongMitigationCutsRawImpactBy15PercentAndCanLowerTheClass() {
        // Welfare system with every mitigation proven (16/16 ≥ 80%): 21 × 0.85 = 17.85 of 29 = 61.55% (still
        // high); drop "major" to "moderate" rights impact: raw 19 → 16.15/29 = 55.69%, and with "minor": raw 17
        // → 14.45/29 = 49.83% < 50% → medium (the direct rule keeps it at least medium). Without the
        // reduction the same answers give 17/29 = 58.62% → high.
        Map<String, Answer> base = welfare();
        base.put("m_audit", Answer.yes().withEvidence("audit-report"));
        base.put("m_error_analysis", Answer.yes().withEvidence("error-report"));
        base.put("i_rights", Answer.choice("minor"));

        Classification reduced = Classifier.classify(PACK, base);
        assertThat(reduced.score().reductionApplied()).isTrue();
        assertThat(reduced.score().adjustedImpact()).isEqualByComparingTo("14.45");
        assertThat(reduced.score().percentOfMax()).isEqualByComparingTo("49.83");
        assertThat(reduced.riskClass()).isEqualTo(RiskClass.MEDIUM);

        // 13/16 = 81.25% would still reduce; 11/16 = 68.75% does not.
        base.put("m_audit", Answer.no());
        base.put("m_error_analysis", Answer.no());
        Classification unreduced = Classifier.classify(PACK, base);
        assertThat(unreduced.score().reductionApplied()).isFalse();
        assertThat(unreduced.riskClass()).isEqualTo(RiskClass.HIGH);
    }
}
