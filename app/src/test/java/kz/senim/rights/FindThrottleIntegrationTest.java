package kz.senim.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Guessing references (or IINs) by the public look-up is stopped after a few failures from one address. */
@SenimIntegrationTest
@TestPropertySource(properties = {"senim.rights.find.max-failures=3", "senim.rights.find.window=10m"})
class FindThrottleIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void failedLookUpsFromOneAddressAreThrottledWithALocalizedReason() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD));
        UUID system = RightsFixtures.registered(operator, regulator, "Throttled " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        String iin = RightsFixtures.randomIin();
        var decision = RightsFixtures.decision(system, iin, "Social worker 3", Instant.now().toString());
        RightsFixtures.log(operator, decision);
        String reference = (String) decision.get("reference");

        assertThat(http.post("/api/v1/public/rights/find", Map.of("reference", reference, "iin", iin)).status())
                .as("a correct look-up does not count").isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            var guess = http.post("/api/v1/public/rights/find", Map.of("reference", "DFC-2026-" + (100000 + i), "iin", iin));
            assertThat(guess.status()).isEqualTo(404);
        }
        var throttled = http.lang("ru").post("/api/v1/public/rights/find", Map.of("reference", reference, "iin", iin));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().path("code").asString()).isEqualTo("rights-find-throttled");
        assertThat(throttled.json().path("detail").asString()).contains("10 мин");
        assertThat(throttled.body()).doesNotContain(iin);
    }
}
