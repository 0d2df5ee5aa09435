package kz.senim.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.senim.rights.RightsFixtures;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A change to what a system's decisions need applies to the next decision logged. The rule is kept for an
 * hour here, so only the eviction on the change can make these pass.
 */
@SenimIntegrationTest
@TestPropertySource(properties = "senim.rights.rule-cache=1h")
class DecisionRulesIntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    Http operator;
    UUID system;
    String iin;
    Http citizen;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID org = fixtures.organization("STATE_BODY");
        operator = as(fixtures.account(org, "OPERATOR"));
        system = RightsFixtures.registered(operator, regulator(), "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        iin = RightsFixtures.randomIin();
        citizen = as(RightsFixtures.citizen(admin, iin));
    }

    Http as(String username) {
        return http.bearer(http.login(username, Fixtures.PASSWORD)).lang("en");
    }

    Http regulator() {
        return http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
    }

    @Test
    void aReclassificationAppliesToTheVeryNextDecision() {
        UUID chatbot = RightsFixtures.registered(operator, regulator(),
                "Helper " + UUID.randomUUID(), kz.senim.classification.ClassificationIntegrationTest.chatbot());
        long before = RightsFixtures.log(operator, RightsFixtures.decision(chatbot, iin, "Officer 8", Instant.now().toString()));
        assertThat(operator.get("/api/v1/rights/decisions/" + before + "/status").json().path("signOff").asString())
                .isEqualTo("NOT_REQUIRED");

        var reclassified = operator.post("/api/v1/systems/" + chatbot + "/classification",
                Map.of("answers", RightsFixtures.highRiskAnswers()));
        assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(201);
        long after = RightsFixtures.log(operator, RightsFixtures.decision(chatbot, iin, "Officer 8", Instant.now().toString()));

        assertThat(operator.get("/api/v1/rights/decisions/" + after + "/status").json().path("signOff").asString())
                .as("the rule of the new classification, not one remembered from before").isEqualTo("PENDING");
    }

    @Test
    void aCompulsoryBasisRecordedForASystemAppliesToTheVeryNextDecision() {
        assertThat(citizen.post("/api/v1/rights/refusals", Map.of("systemId", system.toString())).status()).isEqualTo(201);
        long flagged = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 6", Instant.now().toString()));
        assertThat(operator.get("/api/v1/rights/decisions/" + flagged + "/status").json().path("refusedAi").asBoolean()).isTrue();

        var saved = operator.put("/api/v1/rights/systems/" + system + "/settings", Map.of("responseDays", 15, "appealWindowDays", 30,
                "refusalCompulsoryBasis", "Social Code, art. 5 (test)"));
        assertThat(saved.status()).as(saved.body()).isBetween(200, 204);
        long compulsory = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 6", Instant.now().toString()));

        assertThat(operator.get("/api/v1/rights/decisions/" + compulsory + "/status").json().path("refusedAi").asBoolean())
                .as("refusal does not apply once the law makes the interaction compulsory").isFalse();
    }

}
