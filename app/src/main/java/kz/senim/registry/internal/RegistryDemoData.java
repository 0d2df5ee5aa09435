package kz.senim.registry.internal;

import java.util.List;
import java.util.UUID;
import kz.senim.platform.UsingEmbeddedDatabase;
import kz.senim.registry.AiSystem;
import kz.senim.registry.OversightKind;
import kz.senim.registry.Sector;
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
        register(welfare, operator.get(), regulator.get());
        UUID chatbot = systems.create(labour, new Systems.Draft("eGov citizen assistant",
                "Answers citizens' questions about social benefits and where to apply",
                "Law on public services", Sector.E_GOVERNMENT, OversightKind.ON_THE_LOOP,
                "Operators review conversations flagged by citizens", List.of("egov.kz chat"),
                List.of(new AiSystem.Model("kazllm-assistant", "1.2", "National AI Platform", true)), List.of()));
        register(chatbot, operator.get(), regulator.get());
        UUID credit = systems.create(bank, new Systems.Draft("Retail credit scoring",
                "Scores consumer loan applications", "Law on banks and banking activity; customer consent",
                Sector.FINANCE, OversightKind.ON_THE_LOOP, "Credit officers review declined applications on request",
                List.of("mobile app", "branches"), List.of(new AiSystem.Model("credit-gbm", "5.1", "in-house", true)), List.of()));
        jdbc.sql("insert into ai_system_history (system_id, to_status, changed_by) values (?, 'DRAFT', ?)").params(credit, operator.get()).update();
    }

    /** Registered at once; the classification module classifies the demo systems right after (its own demo data). */
    private void register(UUID id, UUID operator, UUID regulator) {
        jdbc.sql("update ai_system set status = 'REGISTERED' where id = ?").param(id).update();
        for (String[] step : new String[][] {{null, "DRAFT"}, {"DRAFT", "SUBMITTED"}, {"SUBMITTED", "REGISTERED"}}) {
            jdbc.sql("insert into ai_system_history (system_id, from_status, to_status, changed_by) values (?, ?, ?, ?)")
                    .params(id, step[0], step[1], "REGISTERED".equals(step[1]) ? regulator : operator).update();
        }
    }

    private UUID org(String name) {
        return jdbc.sql("select id from organization where name = ?").param(name).query(UUID.class).optional().orElse(null);
    }
}
