package kz.senim.classification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.platform.UsingEmbeddedDatabase;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import kz.senim.rules.Answer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Classifies the demo systems (embedded default only) with the rule pack in force and stores the result as an
 * operator would, so that their class, obligations and sign-off requirements come from a real classification.
 * Runs after the register's demo data and before the ledger's demo decision.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(15)
class ClassificationDemoData implements ApplicationRunner {

    private final ClassificationService classifications;
    private final Register register;
    private final JdbcClient jdbc;

    ClassificationDemoData(ClassificationService classifications, Register register, JdbcClient jdbc) {
        this.classifications = classifications;
        this.register = register;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        var operator = jdbc.sql("select id from account where username = 'operator'").query(UUID.class).optional();
        if (operator.isEmpty()) {
            return;
        }
        Map<String, Map<String, Answer>> demo = Map.of(
                "Digital Family Card: welfare eligibility scoring", welfare(),
                "eGov citizen assistant", chatbot());
        for (AiSystem system : register.all()) {
            Map<String, Answer> answers = demo.get(system.name());
            if (answers != null && system.classifiedAt() == null) {
                classifications.recordFor(system, classifications.classify(answers), answers, operator.get());
            }
        }
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
