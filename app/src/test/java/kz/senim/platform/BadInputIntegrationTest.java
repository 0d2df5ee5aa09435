package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** Bad requests get a clear, localized problem and leave the database as it was. */
@SenimIntegrationTest
class BadInputIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http admin;

    @BeforeEach
    void setUp() {
        Http http = new Http(port);
        admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
    }

    @Test
    void unknownPathsAnswerInTheCallersFormatAndLanguage() {
        var api = admin.lang("ru").get("/api/v1/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().path("code").asString()).isEqualTo("unknown-path");
        assertThat(api.json().path("title").asString()).isEqualTo("Не найдено");
        var gateway = admin.get("/v1/no-such-endpoint");
        assertThat(gateway.status()).isEqualTo(404);
        assertThat(gateway.json().path("error").path("code").asString()).isEqualTo("unknown_path");
        var page = new Http(port).lang("en").get("/public/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void malformedJson() {
        var r = admin.lang("en").post("/api/v1/organizations", "{\"name\": \"x\", ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("code").asString()).isEqualTo("malformed-json");
        assertThat(r.json().path("detail").asString()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void unknownFieldIsNamed() {
        var r = admin.lang("ru").post("/api/v1/organizations", Map.of("name", "Y", "kind", "COMPANY", "colour", "red"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("unknown-field");
        assertThat(r.json().path("detail").asString()).contains("colour");
    }

    @Test
    void wrongTypeAndUnknownEnumValue() {
        var r = admin.post("/api/v1/organizations", Map.of("name", "Y", "kind", "PIRATE_SHIP"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("wrong-type");
        assertThat(r.json().path("detail").asString()).contains("kind");
    }

    @Test
    void validationErrorsListEveryFieldInTheCallersLanguage() {
        var r = admin.lang("kk").post("/api/v1/accounts", Map.of("username", "a", "displayName", "", "password", "short",
                "roles", List.of()));
        assertThat(r.status()).isEqualTo(400);
        var fields = r.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("username", "displayName", "password", "roles");
        var messages = r.json().path("errors").valueStream().map(e -> e.path("message").asString()).toList();
        assertThat(messages).contains("бос болмауы керек");
    }

    @Test
    void oversizedBodyIsRefusedBeforeParsing() {
        byte[] big = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"kind\":\"COMPANY\"}").getBytes(StandardCharsets.UTF_8);
        var r = admin.lang("en").postBytes("/api/v1/organizations", big, "application/json");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("code").asString()).isEqualTo("body-too-large");
    }

    @Test
    void aRefusedAccountLeavesNothingBehind() {
        UUID company = UUID.fromString(admin.post("/api/v1/organizations",
                Map.of("name", "Co " + UUID.randomUUID(), "kind", "COMPANY")).json().path("id").asString());
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        // An auditor must belong to an audit firm: refused, and no account or role row is written.
        var r = admin.post("/api/v1/accounts", Map.of("username", "half-written", "displayName", "Half",
                "password", "long-enough-password", "organizationId", company.toString(), "roles", List.of("OPERATOR", "AUDITOR")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("role-organization-kind");
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from account where username = 'half-written'").query(Long.class).single()).isZero();
    }

    @Test
    void duplicatesAreConflicts() {
        String name = "Dup " + UUID.randomUUID();
        assertThat(admin.post("/api/v1/organizations", Map.of("name", name, "kind", "COMPANY")).status()).isEqualTo(201);
        var again = admin.post("/api/v1/organizations", Map.of("name", name, "kind", "COMPANY"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void malformedIdentifierInPath() {
        var r = admin.lang("en").get("/api/v1/organizations/not-a-uuid");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unsupportedMediaTypeAndMethod() {
        assertThat(admin.postBytes("/api/v1/organizations", "name=x".getBytes(), "text/plain").status()).isEqualTo(415);
        assertThat(admin.delete("/api/v1/organizations").status()).isEqualTo(405);
    }
}
