package kz.senim.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.platform.UsingEmbeddedDatabase;
import kz.senim.registry.AiSystem;
import kz.senim.registry.OversightKind;
import kz.senim.registry.Sector;
import kz.senim.rules.Answer;
import kz.senim.rules.Classification;
import kz.senim.rules.Classifier;
import kz.senim.rules.RulePacks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo systems for the embedded default, created once after the demo organizations: the Ministry of
 * Labour's welfare scoring (high risk) and citizen chatbot (minimal), both registered and public, and a
 * bank's credit scoring still in draft.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(10)
class RegistryDemoData implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Systems systems;

    RegistryDemoData(JdbcClient jdbc, Systems systems) {
        this.jdbc = jdbc;
        this.systems = systems;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var labour = org("Ministry of Labour and Social Protection of the Population");
        var bank = org("Dala Bank JSC");
        var operator = jdbc.sql("select id from account where username = 'operator'").query(UUID.class).optional();
        var regulator = jdbc.sql("select id from account where username = 'regulator'").query(UUID.class).optional();
        if (labour == null || bank == null || operator.isEmpty() || regulator.isEmpty()
                || jdbc.sql("select count(*) from ai_system").query(Long.class).single() > 0) {
            return;
        }
        UUID welfare = systems.create(labour, new Systems.Draft("Digital Family Card: welfare eligibility scoring",
                "Scores household welfare from registry data to offer social benefits proactively",
                "Social Code of the Republic of Kazakhstan; Government decree on proactive services",
                Sector.SOCIAL_PROTECTION, OversightKind.IN_THE_LOOP, "A social worker signs off every refusal",
                List.of("egov.kz", "SMS"), List.of(new AiSystem.Model("welfare-scorer", "2026.03", "in-house", true)),
                List.of(new AiSystem.Dataset("Household registry snapshot", "2026-10", "Consolidated registry data"))));
        classifyAndRegister(welfare, welfare(), operator.get(), regulator.get());
        UUID chatbot = systems.create(labour, new Systems.Draft("eGov citizen assistant",
                "Answers citizens' questions about social benefits and where to apply",
                "Law on public services", Sector.E_GOVERNMENT, OversightKind.ON_THE_LOOP,
                "Operators review conversations flagged by citizens", List.of("egov.kz chat"),
                List.of(new AiSystem.Model("kazllm-assistant", "1.2", "National AI Platform", true)), List.of()));
        classifyAndRegister(chatbot, chatbot(), operator.get(), regulator.get());
        UUID credit = systems.create(bank, new Systems.Draft("Retail credit scoring",
                "Scores consumer loan applications", "Law on banks and banking activity; customer consent",
                Sector.FINANCE, OversightKind.ON_THE_LOOP, "Credit officers review declined applications on request",
                List.of("mobile app", "branches"), List.of(new AiSystem.Model("credit-gbm", "5.1", "in-house", true)), List.of()));
        jdbc.sql("insert into ai_system_history (system_id, to_status, changed_by) values (?, 'DRAFT', ?)").params(credit, operator.get()).update();
    }

    private void classifyAndRegister(UUID id, Map<String, Answer> answers, UUID operator, UUID regulator) {
        Classification c = Classifier.classify(RulePacks.bundled(), answers);
        jdbc.sql("""
                update ai_system set status = 'REGISTERED', rule_pack_version = ?, prohibited = ?, risk_class = ?,
                  autonomy_class = ?, classified_at = now() where id = ?""")
                .params(c.packVersion(), c.prohibited(), c.riskClass().name(), c.autonomyClass().name(), id).update();
        for (String[] step : new String[][] {{null, "DRAFT"}, {"DRAFT", "SUBMITTED"}, {"SUBMITTED", "REGISTERED"}}) {
            jdbc.sql("insert into ai_system_history (system_id, from_status, to_status, changed_by) values (?, ?, ?, ?)")
                    .params(id, step[0], step[1], "REGISTERED".equals(step[1]) ? regulator : operator).update();
        }
    }

    private UUID org(String name) {
        return jdbc.sql("select id from organization where name = ?").param(name).query(UUID.class).optional().orElse(null);
    }

    private static Map<String, Answer> screen() {
        Map<String, Answer> a = new HashMap<>();
        for (String q : List.of("s_manipulation", "s_vulnerability", "s_social_scoring", "s_discrimination", "s_prohibited_content")) {
            a.put(q, Answer.no());
        }
        a.put("s_emotion", Answer.choice("no"));
        a.put("s_personal_data", Answer.choice("no"));
        return a;
    }

    static Map<String, Answer> welfare() {
        Map<String, Answer> a = screen();
        a.put("s_personal_data", Answer.choice("with_consent").withEvidence("sms-consent-register"));
        a.put("p_purpose", Answer.text("Scores household welfare to offer social benefits proactively"));
        a.put("p_sector", Answer.choice("public_body"));
        a.put("p_critical_ict", Answer.no());
        a.put("p_state_resources", Answer.yes());
        a.put("p_restricted_data", Answer.yes());
        a.put("p_interacts", Answer.yes());
        a.put("p_channels", Answer.choices("website", "messenger"));
        a.put("p_synthetic", Answer.no());
        a.put("p_decisions", Answer.choice("prepares"));
        a.put("p_decision_areas", Answer.choices("social_benefits"));
        a.put("p_foreign_service", Answer.no());
        a.put("i_disruption", Answer.choice("significant_harm"));
        a.put("i_reversibility", Answer.choice("hard"));
        a.put("i_scale", Answer.choice("over_1m"));
        a.put("i_vulnerable", Answer.yes());
        a.put("i_rights", Answer.choice("major"));
        a.put("i_opacity", Answer.choice("interpretable"));
        a.put("m_human_review", Answer.yes().withEvidence("signoff-procedure"));
        a.put("m_appeal", Answer.yes().withEvidence("appeal-rules"));
        a.put("m_audit", Answer.no());
        a.put("m_logging", Answer.yes().withEvidence("log-spec"));
        a.put("m_explanations", Answer.yes().withEvidence("explanation-samples"));
        a.put("m_error_analysis", Answer.no());
        a.put("m_fallback", Answer.yes().withEvidence("manual-procedure"));
        a.put("a_mode", Answer.choice("advisory"));
        a.put("a_self_learning", Answer.no());
        return a;
    }

    static Map<String, Answer> chatbot() {
        Map<String, Answer> a = screen();
        a.put("p_purpose", Answer.text("Answers citizens' questions about social benefits"));
        a.put("p_sector", Answer.choice("public_body"));
        a.put("p_critical_ict", Answer.no());
        a.put("p_state_resources", Answer.no());
        a.put("p_restricted_data", Answer.no());
        a.put("p_interacts", Answer.yes());
        a.put("p_channels", Answer.choices("website"));
        a.put("p_synthetic", Answer.no());
        a.put("p_decisions", Answer.choice("none"));
        a.put("p_foreign_service", Answer.no());
        a.put("i_disruption", Answer.choice("inconvenience"));
        a.put("i_reversibility", Answer.choice("easy"));
        a.put("i_scale", Answer.choice("over_1m"));
        a.put("i_vulnerable", Answer.no());
        a.put("i_opacity", Answer.choice("opaque"));
        for (String m : List.of("m_human_review", "m_audit", "m_logging", "m_explanations", "m_error_analysis", "m_fallback")) {
            a.put(m, Answer.no());
        }
        a.put("a_mode", Answer.choice("advisory"));
        a.put("a_self_learning", Answer.no());
        return a;
    }
}
