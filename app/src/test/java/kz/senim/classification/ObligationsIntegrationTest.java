package kz.senim.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.senim.registry.RegistryIntegrationTest;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SenimIntegrationTest
class ObligationsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SystemObligations obligations;

    @Test
    void otherFeaturesReadTheLatestClassificationsObligationIds() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD)).lang("en");
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
        UUID id = RegistryIntegrationTest.registered(operator, regulator, "Read " + UUID.randomUUID());

        var listed = operator.get("/api/v1/systems/" + id + "/obligations").json().valueStream().map(i -> i.path("id").asString()).toList();

        assertThat(listed).isNotEmpty();
        assertThat(obligations.of(id)).hasValueSatisfying(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(listed));
        assertThat(obligations.of(UUID.randomUUID())).as("a system never classified").isEmpty();
    }

    @Test
    void obligationsAreTrackedPerSystemAndOverdueOnesReachTheRegulator() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD)).lang("en");
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
        UUID id = RegistryIntegrationTest.registered(operator, regulator, "Obligated " + UUID.randomUUID());

        var items = operator.get("/api/v1/systems/" + id + "/obligations").json();
        assertThat(items.valueStream().map(i -> i.path("id").asString()).toList()).contains("o_notice_website");
        assertThat(items.get(0).path("status").asString()).isEqualTo("OPEN");

        var noEvidence = operator.put("/api/v1/systems/" + id + "/obligations/o_notice_website", Map.of("status", "DONE"));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().path("code").asString()).isEqualTo("obligation-evidence");
        var done = operator.put("/api/v1/systems/" + id + "/obligations/o_notice_website",
                Map.of("status", "DONE", "evidence", "https://example.kz/ai-notice"));
        assertThat(done.status()).isEqualTo(200);
        var late = operator.put("/api/v1/systems/" + id + "/obligations/o_user_agreement",
                Map.of("status", "IN_PROGRESS", "dueDate", LocalDate.now().minusDays(3).toString()));
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(operator.put("/api/v1/systems/" + id + "/obligations/o_made_up", Map.of("status", "OPEN")).status()).isEqualTo(404);

        var overview = regulator.get("/api/v1/registry/overview").json();
        assertThat(overview.path("overdueObligations").valueStream().map(s -> s.path("id").asString()).toList()).contains(id.toString());
        assertThat(overview.path("byRiskClass").path("HIGH").asLong()).isPositive();
        assertThat(operator.get("/api/v1/registry/overview").status()).isEqualTo(403);

        Http stranger = http.bearer(http.login(fixtures.account(fixtures.organization("COMPANY"), "OPERATOR"), Fixtures.PASSWORD));
        assertThat(stranger.get("/api/v1/systems/" + id + "/obligations").status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/systems/" + id + "/obligations/o_notice_website", Map.of("status", "OPEN")).status()).isEqualTo(404);
    }
}
