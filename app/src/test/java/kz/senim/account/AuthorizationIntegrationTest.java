package kz.senim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role, acting for its own organization, is refused another organization's data. */
@SenimIntegrationTest
class AuthorizationIntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
    }

    @Test
    void everyRoleIsRefusedAnotherOrganizationsMembers() {
        UUID other = fixtures.organization("COMPANY");
        fixtures.account(other, "OPERATOR");
        Map<String, UUID> homes = Map.of(
                "OPERATOR", fixtures.organization("STATE_BODY"),
                "REVIEWER", fixtures.organization("STATE_BODY"),
                "AUDITOR", fixtures.organization("AUDIT_FIRM"),
                "REGULATOR", fixtures.organization("REGULATOR"));
        for (var role : homes.entrySet()) {
            Http caller = as(fixtures.account(role.getValue(), role.getKey()));
            assertThat(caller.get("/api/v1/organizations/" + other + "/accounts").status())
                    .as("%s reading another organization's accounts", role.getKey()).isEqualTo(403);
            assertThat(caller.get("/api/v1/organizations/" + role.getValue() + "/accounts").status())
                    .as("%s reading its own organization's accounts", role.getKey()).isEqualTo(200);
        }
        Http citizen = as(fixtures.account(null, "CITIZEN"));
        assertThat(citizen.get("/api/v1/organizations/" + other + "/accounts").status()).isEqualTo(403);
        assertThat(citizen.get("/api/v1/organizations/" + other).status()).isEqualTo(403);
        assertThat(citizen.get("/api/v1/organizations").json()).isEmpty();
    }

    @Test
    void organizationProfilesAreVisibleToMembersAdminsAndTheRegulatorOnly() {
        UUID other = fixtures.organization("COMPANY");
        Http operator = as(fixtures.account(fixtures.organization("STATE_BODY"), "OPERATOR"));
        Http auditor = as(fixtures.account(fixtures.organization("AUDIT_FIRM"), "AUDITOR"));
        Http regulator = as(fixtures.account(fixtures.organization("REGULATOR"), "REGULATOR"));
        assertThat(operator.get("/api/v1/organizations/" + other).status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/organizations/" + other).status()).isEqualTo(403);
        assertThat(regulator.get("/api/v1/organizations/" + other).status()).isEqualTo(200);
        assertThat(operator.get("/api/v1/organizations").json()).hasSize(1);
    }

    @Test
    void onlyAdminsCreateOrganizationsAndAccounts() {
        UUID home = fixtures.organization("STATE_BODY");
        for (String role : new String[] {"OPERATOR", "REVIEWER"}) {
            Http caller = as(fixtures.account(home, role));
            var org = caller.post("/api/v1/organizations", Map.of("name", "X " + UUID.randomUUID(), "kind", "COMPANY"));
            assertThat(org.status()).isEqualTo(403);
            assertThat(org.json().path("code").asString()).isEqualTo("forbidden");
            var acc = caller.post("/api/v1/accounts", Map.of("username", "sneaky" + role.toLowerCase(),
                    "displayName", "x", "password", "long-enough-password", "roles", new String[] {"ADMIN"}));
            assertThat(acc.status()).isEqualTo(403);
        }
    }

    @Test
    void webPagesCheckOrganizationAndRoleToo() {
        UUID other = fixtures.organization("COMPANY");
        String token = http.login(fixtures.account(fixtures.organization("STATE_BODY"), "OPERATOR"), Fixtures.PASSWORD);
        // Pages take sessions, not tokens: an API token gives no access to the web UI.
        assertThat(http.bearer(token).get("/organizations/" + other).status()).isIn(302, 401, 403);
        assertThat(http.get("/admin").status()).isEqualTo(302);
    }

    @Test
    void anonymousCallersAreRefusedWithAProblem() {
        var r = http.get("/api/v1/organizations");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private Http as(String username) {
        return http.bearer(http.login(username, Fixtures.PASSWORD));
    }
}
