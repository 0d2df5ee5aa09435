package kz.senim.gateway.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.guard.FindingType;
import kz.senim.platform.UsingEmbeddedDatabase;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo gateway configuration for the embedded default, once: upstreams at reserved {@code .invalid}
 * addresses (calls answer 502 "cannot be reached" until an administrator points them at real services,
 * see the README), the disclosure line on for the Ministry of Labour, a confidential term and a pattern.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(20)
class GatewayDemoData implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final UpstreamStore upstreams;
    private final GuardSettingsStore settings;

    GatewayDemoData(JdbcClient jdbc, UpstreamStore upstreams, GuardSettingsStore settings) {
        this.jdbc = jdbc;
        this.upstreams = upstreams;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID labour = org("Ministry of Labour and Social Protection of the Population");
        UUID ministry = org("Ministry of Artificial Intelligence and Digital Development");
        UUID bank = org("Dala Bank JSC");
        if (labour == null || ministry == null || bank == null
                || jdbc.sql("select count(*) from gateway_upstream").query(Long.class).single() > 0) {
            return;
        }
        UpstreamStore.UpstreamDraft external = new UpstreamStore.UpstreamDraft("External model (placeholder)", UpstreamKind.EXTERNAL,
                "https://api.external-llm.invalid/v1", null, List.of(new UpstreamStore.ModelAlias("gpt-4o-mini", "gpt-4o-mini")));
        UpstreamStore.UpstreamDraft domestic = new UpstreamStore.UpstreamDraft("Domestic model, closed network (placeholder)",
                UpstreamKind.DOMESTIC, "https://llm.gov-closed-network.invalid/v1", null,
                List.of(new UpstreamStore.ModelAlias("kazllm", "kazllm-instruct")));
        upstreams.create(labour, external);
        upstreams.create(labour, domestic);
        upstreams.create(ministry, new UpstreamStore.UpstreamDraft(domestic.name(), UpstreamKind.DOMESTIC, domestic.baseUrl(), null,
                List.of(new UpstreamStore.ModelAlias("kazllm", "kazllm-instruct"))));
        upstreams.create(bank, new UpstreamStore.UpstreamDraft(external.name(), UpstreamKind.EXTERNAL, external.baseUrl(), null,
                List.of(new UpstreamStore.ModelAlias("gpt-4o-mini", "gpt-4o-mini"))));
        settings.savePolicies(labour, Map.of(FindingType.PAYMENT_CARD, Action.BLOCK), new GuardSettingsStore.Settings(true, true, null), null);
        settings.replaceTerms(labour, List.of("Digital Family Card scoring thresholds"));
        settings.addPattern(labour, "case-number", "СК-\\d{6}");
    }

    private UUID org(String name) {
        return jdbc.sql("select id from organization where name = ?").param(name).query(UUID.class).optional().orElse(null);
    }
}
