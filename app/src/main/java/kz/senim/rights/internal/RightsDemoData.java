package kz.senim.rights.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kz.senim.explain.Lang;
import kz.senim.platform.UsingEmbeddedDatabase;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's rights desk: the welfare scorecard registered as data (so the demo citizen's decision, which
 * waits for a sign-off, is explained case by case), a written explanation for the citizen assistant, and the
 * Ministry of Labour's deadlines.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(30)
class RightsDemoData implements ApplicationRunner {

    static final String MODEL_VERSION = "welfare-scorer-2026.03";

    private final Register register;
    private final Models models;
    private final Settings settings;
    private final JdbcClient jdbc;

    RightsDemoData(Register register, Models models, Settings settings, JdbcClient jdbc) {
        this.register = register;
        this.models = models;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var operator = jdbc.sql("select id from account where username = 'operator'").query(UUID.class).optional();
        if (operator.isEmpty() || jdbc.sql("select count(*) from rights_model").query(Long.class).single() > 0) {
            return;
        }
        for (AiSystem s : register.all()) {
            if (s.name().startsWith("Digital Family Card")) {
                try (InputStream in = RightsDemoData.class.getResourceAsStream("/rights/welfare-scorecard.json")) {
                    models.register(s.id(), MODEL_VERSION, new String(in.readAllBytes(), StandardCharsets.UTF_8), operator.get());
                }
                settings.save(s.organizationId(), null, 10, 30, null, operator.get());
            } else if (s.name().startsWith("eGov citizen assistant")) {
                models.write(s.id(), Map.of(
                        Lang.KK, "Көмекші сұрағыңызға жәрдемақылар туралы ресми анықтамалардан жауап іздейді; ол шешім қабылдамайды.",
                        Lang.RU, "Помощник ищет ответ на ваш вопрос в официальных справках о пособиях; он не принимает решений.",
                        Lang.EN, "The assistant looks up the answer to your question in official guidance on benefits; it takes no decisions."),
                        operator.get());
            }
        }
    }
}
