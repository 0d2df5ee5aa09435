package kz.senim.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.senim.rights.RightsFixtures;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The refusal registry checked by keyed hash, decisions flagged after a refusal, reminders and escalation. */
@SenimIntegrationTest
class RefusalsAndRemindersIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionReconciler reconciler;

    Http http;
    Http admin;
    Fixtures fixtures;
    Http operator;
    UUID system;
    String iin;
    Http citizen;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
        admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID org = fixtures.organization("STATE_BODY");
        operator = as(fixtures.account(org, "OPERATOR"));
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
        system = RightsFixtures.registered(operator, regulator, "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        iin = RightsFixtures.randomIin();
        citizen = as(RightsFixtures.citizen(admin, iin));
    }

    Http as(String username) {
        return http.bearer(http.login(username, Fixtures.PASSWORD)).lang("en");
    }

    @Test
    void aDecisionWhoseSignOffStateWasLostInACrashIsProvisionalAgainAfterReconciliation() {
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Social worker 9", Instant.now().toString()));
        assertThat(operator.get("/api/v1/rights/decisions/" + index + "/status").json().path("signOff").asString()).isEqualTo("PENDING");
        // As after a crash between the durable append and its listener: the entry is there, its state is not.
        jdbc.sql("delete from rights_decision where decision_idx = ?").param(index).update();
        jdbc.sql("update ledger_entry set created_at = created_at - interval '1 hour' where idx = ?").param(index).update();
        assertThat(operator.get("/api/v1/rights/decisions/" + index + "/status").status()).isEqualTo(404);

        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);

        assertThat(operator.get("/api/v1/rights/decisions/" + index + "/status").json().path("signOff").asString()).isEqualTo("PENDING");
        assertThat(operator.get("/api/v1/rights/signoffs").json().findValues("index").stream().map(JsonNode::asLong)).contains(index);
        assertThat(reconciler.reconcile()).as("a second pass finds nothing more").isZero();
    }

    @Test
    void aBatchOfDecisionsGetsTheSameStatesAsDecisionsLoggedOneByOne() {
        assertThat(citizen.post("/api/v1/rights/refusals", Map.of("systemId", system.toString())).status()).isEqualTo(201);
        String other = RightsFixtures.randomIin();
        String now = Instant.now().toString();

        var logged = operator.post("/api/v1/ledger/decisions/batch", Map.of("decisions", java.util.List.of(
                RightsFixtures.decision(system, iin, "Officer 5", now), RightsFixtures.decision(system, other, "Officer 5", now))));

        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        long refusedOne = logged.json().get(0).path("index").asLong();
        long otherOne = logged.json().get(1).path("index").asLong();
        JsonNode first = operator.get("/api/v1/rights/decisions/" + refusedOne + "/status").json();
        JsonNode second = operator.get("/api/v1/rights/decisions/" + otherOne + "/status").json();
        assertThat(first.path("signOff").asString()).isEqualTo("PENDING");
        assertThat(second.path("signOff").asString()).isEqualTo("PENDING");
        assertThat(first.path("refusedAi").asBoolean()).as("this person refused AI processing by the system").isTrue();
        assertThat(second.path("refusedAi").asBoolean()).isFalse();
    }

    static String hmac(String base64Key, String iin) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anOperatorFindsARefusalByItsOwnKeyedHashAndADecisionLoggedAfterwardsIsFlagged() throws Exception {
        assertThat(operator.get("/api/v1/rights/systems/" + system).json().path("refusalApplies").asBoolean()).isTrue();
        String key = operator.get("/api/v1/rights/refusals/lookup-key").json().path("key").asString();
        String hash = hmac(key, iin);
        assertThat(operator.post("/api/v1/rights/refusals/check", Map.of("hash", hash)).json().path("refusedSystems").size()).isZero();

        var refused = citizen.post("/api/v1/rights/refusals", Map.of("systemId", system.toString()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(201);
        assertThat(refused.json().path("kind").asString()).isEqualTo("REFUSAL");
        assertThat(citizen.post("/api/v1/rights/refusals", Map.of("systemId", system.toString())).json().path("code").asString())
                .isEqualTo("rights-refusal-exists");

        JsonNode check = operator.post("/api/v1/rights/refusals/check", Map.of("hash", hash)).json();
        assertThat(check.path("refusedSystems").get(0).asString()).isEqualTo(system.toString());
        assertThat(check.path("refusedByOrganization").asBoolean()).isFalse();
        // Another operator's key gives another hash: the same IIN means nothing to it.
        Http other = as(fixtures.account(fixtures.organization("COMPANY"), "OPERATOR"));
        String otherKey = other.get("/api/v1/rights/refusals/lookup-key").json().path("key").asString();
        assertThat(otherKey).isNotEqualTo(key);
        assertThat(other.post("/api/v1/rights/refusals/check", Map.of("hash", hash)).json().path("refusedSystems").size()).isZero();
        assertThat(operator.post("/api/v1/rights/refusals/check", Map.of("hash", iin)).json().path("code").asString())
                .isEqualTo("rights-hash-invalid");
        assertThat(citizen.get("/api/v1/rights/refusals/lookup-key").status()).isEqualTo(403);

        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 3", Instant.now().toString()));
        assertThat(operator.get("/api/v1/rights/decisions/" + index + "/status").json().path("refusedAi").asBoolean()).isTrue();
        assertThat(citizen.get("/api/v1/rights/decisions/" + index).json().path("refusedAi").asBoolean()).isTrue();
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD));
        assertThat(regulator.get("/api/v1/rights/overview").json().path("refusedFlags").asLong()).isPositive();

        String id = citizen.get("/api/v1/rights/refusals").json().get(0).path("id").asString();
        assertThat(citizen.post("/api/v1/rights/refusals/" + id + "/withdrawal", Map.of()).status()).isEqualTo(204);
        assertThat(operator.post("/api/v1/rights/refusals/check", Map.of("hash", hash)).json().path("refusedSystems").size()).isZero();
        long after = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 3", Instant.now().toString()));
        assertThat(operator.get("/api/v1/rights/decisions/" + after + "/status").json().path("refusedAi").asBoolean()).isFalse();
    }

    @Test
    void aRequestDueSoonIsRemindedOnceAndAnOverdueOneIsEscalatedToTheRegulator() {
        assertThat(operator.put("/api/v1/rights/settings", Map.of("responseDays", 1, "appealWindowDays", 30)).status()).isEqualTo(200);
        assertThat(operator.put("/api/v1/rights/settings", Map.of("responseDays", 0, "appealWindowDays", 30)).status()).isEqualTo(400);
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 3", Instant.now().toString()));
        JsonNode request = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "EXPLANATION")).json();
        String ref = request.path("reference").asString();
        assertThat(Instant.parse(request.path("dueAt").asString())).isBefore(Instant.now().plusSeconds(86_400 + 60));

        reminders.run();
        reminders.run();
        JsonNode notices = operator.get("/api/v1/rights/notices").json();
        assertThat(notices.findValues("reference").stream().map(JsonNode::asString).filter(ref::equals)).hasSize(1);
        assertThat(notices.get(0).path("kind").asString()).isEqualTo("DUE_SOON");
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD));
        assertThat(regulator.get("/api/v1/rights/overview").json().path("escalated").findValues("reference").stream()
                .map(JsonNode::asString)).doesNotContain(ref);

        // The deadline passes (the clock is moved for this one case only).
        jdbc.sql("update rights_case set due_at = now() - interval '1 hour' where reference = ?").param(ref).update();
        reminders.run();
        JsonNode overview = regulator.get("/api/v1/rights/overview").json();
        assertThat(overview.path("escalated").findValues("reference").stream().map(JsonNode::asString)).contains(ref);
        assertThat(citizen.get("/api/v1/rights/my-cases").json().get(0).path("overdue").asBoolean()).isTrue();
        assertThat(citizen.get("/api/v1/rights/my-cases").json().get(0).path("history").findValues("status").stream()
                .map(JsonNode::asString)).containsSubsequence("OPEN", "REMINDER", "ESCALATED");
        assertThat(http.get("/api/v1/public/rights/systems/" + system + "/measures").json().path("overdue").asLong()).isEqualTo(1);
        assertThat(operator.get("/api/v1/rights/overview").status()).isEqualTo(403);
    }
}
