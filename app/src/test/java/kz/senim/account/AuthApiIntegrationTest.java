package kz.senim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SenimIntegrationTest
class AuthApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
    }

    @Test
    void aTokenActsWithTheOwnersOrganizationAndRoles() {
        UUID org = fixtures.organization("STATE_BODY");
        String user = fixtures.account(org, "OPERATOR", "REVIEWER");
        var me = http.bearer(http.login(user, Fixtures.PASSWORD)).get("/api/v1/me").json();
        assertThat(me.path("username").asString()).isEqualTo(user);
        assertThat(me.path("organizationId").asString()).isEqualTo(org.toString());
        assertThat(me.path("roles").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder("OPERATOR", "REVIEWER");
    }

    @Test
    void aTokenCanBeNarrowedToSomeRolesButNeverWidened() {
        String user = fixtures.account(fixtures.organization("STATE_BODY"), "OPERATOR", "REVIEWER");
        var narrow = http.post("/api/v1/auth/token", Map.of("username", user, "password", Fixtures.PASSWORD, "roles", List.of("REVIEWER")));
        assertThat(narrow.status()).isEqualTo(201);
        var me = http.bearer(narrow.json().path("token").asString()).get("/api/v1/me").json();
        assertThat(me.path("roles").valueStream().map(n -> n.asString()).toList()).containsExactly("REVIEWER");

        var wide = http.post("/api/v1/auth/token", Map.of("username", user, "password", Fixtures.PASSWORD, "roles", List.of("ADMIN")));
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.json().path("code").asString()).isEqualTo("token-roles");
    }

    @Test
    void wrongPasswordIsALocalizedProblem() {
        var kk = http.post("/api/v1/auth/token", Map.of("username", "operator", "password", "wrong-password"));
        assertThat(kk.status()).isEqualTo(401);
        assertThat(kk.json().path("detail").asString()).isEqualTo("Пайдаланушы аты немесе құпиясөз қате.");
        var ru = http.lang("ru-RU,ru;q=0.9").post("/api/v1/auth/token", Map.of("username", "nobody", "password", "wrong-password"));
        assertThat(ru.json().path("detail").asString()).isEqualTo("Неверное имя пользователя или пароль.");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String user = fixtures.account(fixtures.organization("COMPANY"), "OPERATOR");
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/auth/token", Map.of("username", user, "password", "wrong-password")).status()).isEqualTo(401);
        }
        var locked = http.lang("en").post("/api/v1/auth/token", Map.of("username", user, "password", Fixtures.PASSWORD));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().path("code").asString()).isEqualTo("account-locked");

        // Once the lock has passed, the right password works again and the counter starts afresh.
        jdbc.sql("update account set locked_until = now() - interval '1 second' where username = ?").param(user).update();
        assertThat(http.post("/api/v1/auth/token", Map.of("username", user, "password", Fixtures.PASSWORD)).status()).isEqualTo(201);
        assertThat(jdbc.sql("select failed_logins from account where username = ?").param(user).query(Integer.class).single()).isZero();
    }

    @Test
    void expiredAndRevokedTokensAreRefusedWithTheirReason() {
        String user = fixtures.account(fixtures.organization("COMPANY"), "OPERATOR");
        var issued = http.post("/api/v1/auth/token", Map.of("username", user, "password", Fixtures.PASSWORD)).json();
        String token = issued.path("token").asString();
        Http caller = http.bearer(token).lang("en");

        // Expiry is a time in the token's row; moving it into the past stands in for waiting.
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?::uuid")
                .param(issued.path("id").asString()).update();
        var expired = caller.get("/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("code").asString()).isEqualTo("token-expired");

        String second = http.login(user, Fixtures.PASSWORD);
        var list = http.bearer(second).get("/api/v1/tokens").json();
        String secondId = list.get(0).path("id").asString();
        assertThat(http.bearer(second).delete("/api/v1/tokens/" + secondId).status()).isEqualTo(204);
        var revoked = http.bearer(second).get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("code").asString()).isEqualTo("token-revoked");
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        String token = http.login("citizen", Fixtures.DEMO_PASSWORD);
        Long plain = jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like ?")
                .param("%" + token.substring(4, 20) + "%").query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String a = http.login("citizen", Fixtures.DEMO_PASSWORD);
        String id = http.bearer(a).get("/api/v1/tokens").json().get(0).path("id").asString();
        String b = http.login(fixtures.account(null, "CITIZEN"), Fixtures.PASSWORD);
        assertThat(http.bearer(b).delete("/api/v1/tokens/" + id).status()).isEqualTo(404);
        assertThat(http.bearer(a).get("/api/v1/me").status()).isEqualTo(200);
    }
}
