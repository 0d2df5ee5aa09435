package kz.senim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Who may use, configure and audit an organization's gateway; configuration checks; the scan API. */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UpstreamStub stub;
    GatewayFixture a;
    GatewayFixture b;

    @BeforeAll
    void start() throws Exception {
        stub = new UpstreamStub();
        a = new GatewayFixture(port, stub, false);
        b = new GatewayFixture(port, stub, false);
        b.upstream("b-private", "EXTERNAL", stub.baseUrl(), "sk-b-secret", List.of(Map.of("alias", "b-only", "upstreamModel", "echo")));
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    static void assertProblem(Http.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("code").asString()).isEqualTo(code);
    }

    @Test
    void anOrganizationSeesAndUsesOnlyItsOwnUpstreamsAndAudit() {
        String base = "/api/v1/gateway/organizations/" + b.org;
        assertProblem(a.operator.get(base + "/upstreams"), 403, "forbidden");
        assertProblem(a.operator.get(base + "/calls"), 403, "forbidden");
        assertProblem(a.operator.get(base + "/stats"), 403, "forbidden");
        assertProblem(a.operator.post(base + "/upstreams", Map.of("name", "x", "kind", "EXTERNAL", "baseUrl", "https://x.example/v1",
                "models", List.of(Map.of("alias", "x", "upstreamModel", "x")))), 403, "forbidden");
        var models = a.operator.get("/v1/models").json().path("data");
        assertThat(models.findValuesAsString("id")).contains("gpt-echo").doesNotContain("b-only");
        assertThat(a.operator.post("/v1/chat/completions", GatewayFixture.chat("b-only", "hi")).status()).isEqualTo(404);
    }

    @Test
    void staffUseTheGatewayButOnlyOperatorsConfigureIt() {
        Http reviewer = a.member("REVIEWER");
        assertThat(reviewer.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "hi")).status()).isEqualTo(200);
        assertProblem(reviewer.get("/api/v1/gateway/organizations/" + a.org + "/upstreams"), 403, "forbidden");
        assertProblem(a.operator.get("/api/v1/gateway/stats"), 403, "forbidden");
    }

    @Test
    void upstreamKeysAreNeverReturnedAndStoredEncrypted() {
        var r = b.operator.get("/api/v1/gateway/organizations/" + b.org + "/upstreams");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("sk-b-secret").doesNotContain(GatewayFixture.EXTERNAL_KEY);
        assertThat(r.json().findValues("hasApiKey")).allMatch(JsonNode::asBoolean);
        String stored = jdbc.sql("select string_agg(encode(api_key_enc, 'escape'), '|') from gateway_upstream where organization_id = ?")
                .param(b.org).query(String.class).single();
        assertThat(stored).doesNotContain("sk-b-secret");
    }

    @Test
    void badConfigurationIsRefusedWithAClearProblem() {
        String base = "/api/v1/gateway/organizations/" + a.org;
        var pattern = a.operator.lang("en").post(base + "/patterns", Map.of("name", "repeat", "regex", "(a+)\\1"));
        assertProblem(pattern, 400, "gateway-invalid-pattern");
        assertThat(pattern.json().path("detail").asString()).startsWith("The pattern cannot be used").hasSizeGreaterThan(90);
        // the guard's reason in the caller's language too
        assertThat(pattern.json().path("detail").asString()).endsWith("backreferences (\\1 … \\9) cannot run in linear time; repeat the sub-pattern instead");
        var ru = a.operator.lang("ru").post(base + "/patterns", Map.of("name", "repeat", "regex", "(a+)\\1"));
        assertThat(ru.json().path("detail").asString()).startsWith("Шаблон нельзя использовать").contains("обратные ссылки (\\1 … \\9)");
        var syntax = a.operator.lang("en").post(base + "/patterns", Map.of("name", "open", "regex", "(abc"));
        assertThat(syntax.json().path("detail").asString()).contains(": not valid RE2 syntax (").doesNotContain("syntax: ");
        assertProblem(a.operator.post(base + "/upstreams", Map.of("name", "bad", "kind", "EXTERNAL", "baseUrl", "ftp://x",
                "models", List.of(Map.of("alias", "m1", "upstreamModel", "x")))), 400, "gateway-invalid-url");
        assertProblem(a.operator.post(base + "/upstreams", Map.of("name", "dup", "kind", "EXTERNAL", "baseUrl", "https://x.example/v1",
                "models", List.of(Map.of("alias", "gpt-echo", "upstreamModel", "x")))), 409, "gateway-alias-taken");
        assertProblem(a.operator.put(base + "/policies", "{\"policies\":{\"IIN\":\"SHRUG\"}}"), 400, "wrong-type");
        assertThat(a.operator.get("/v1/models").json().path("data").findValuesAsString("id")).doesNotContain("m1");
    }

    @Test
    void scanApiUsesTheOrganizationsTermsAndPatterns() {
        String base = "/api/v1/gateway/organizations/" + a.org;
        assertThat(a.operator.post(base + "/patterns", Map.of("name", "contract", "regex", "ДОГ-\\d{4}/\\d{2}")).status()).isEqualTo(201);
        assertThat(a.operator.put(base + "/terms", Map.of("terms", List.of("Project Falcon"))).status()).isEqualTo(200);
        String text = "ЖСН 850315350124, project falcon, ДОГ-2024/11";
        var r = a.operator.post("/api/v1/guard/scan", Map.of("text", text));
        assertThat(r.status()).isEqualTo(200);
        var findings = r.json().path("findings");
        assertThat(findings.findValuesAsString("type")).containsExactly("IIN", "CONFIDENTIAL_TERM", "CUSTOM_PATTERN");
        assertThat(findings.path(0).path("start").asInt()).isEqualTo(4);
        assertThat(findings.path(0).path("end").asInt()).isEqualTo(16);
        assertThat(findings.path(0).path("detector").asString()).isEqualTo("iin");
        // another organization's dictionary does not apply
        assertThat(b.operator.post("/api/v1/guard/scan", Map.of("text", text)).json().path("findings").findValuesAsString("type"))
                .containsExactly("IIN");
    }

    @Test
    void scanApiRefusesBadInputWithProblemDetails() {
        assertProblem(a.operator.post("/api/v1/guard/scan", Map.of()), 400, "invalid-request");
        assertProblem(a.operator.post("/api/v1/guard/scan", "{\"text\": "), 400, "malformed-json");
        assertProblem(new Http(port).post("/api/v1/guard/scan", Map.of("text", "x")), 401, "unauthenticated");
    }

    @Test
    void auditRecordsEveryCallForTheOrganizationAndTheRegulatorSeesAggregates() throws Exception {
        var gw = new GatewayFixture(port, stub, false);
        gw.policy("PAYMENT_CARD", "BLOCK");
        gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "ЖСН 850315350124"));
        gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "card 4400 4301 2345 6789"));
        gw.operator.post("/v1/chat/completions", GatewayFixture.chat("no-such-model", "hi"));
        JsonNode calls = null;
        for (int i = 0; i < 50; i++) {
            calls = gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/calls").json();
            if (calls.size() == 3) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(calls.findValuesAsString("decision")).containsExactlyInAnyOrder("MASKED", "BLOCKED", "REJECTED");
        JsonNode masked = java.util.stream.StreamSupport.stream(calls.spliterator(), false)
                .filter(c -> c.path("decision").asString().equals("MASKED")).findFirst().orElseThrow();
        assertThat(masked.path("findings").path("IIN").asInt()).isEqualTo(1);
        assertThat(masked.path("valueHashes").size()).isEqualTo(1);
        assertThat(masked.path("status").asInt()).isEqualTo(200);
        assertThat(masked.path("model").asString()).isEqualTo("gpt-echo");

        var stats = gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/stats").json();
        assertThat(stats.path("calls").asLong()).isEqualTo(3);
        assertThat(stats.path("findings").path("PAYMENT_CARD").asLong()).isEqualTo(1);

        Http regulator = gw.http.bearer(gw.http.login("regulator", Fixtures.DEMO_PASSWORD));
        var overview = regulator.get("/api/v1/gateway/stats").json();
        assertThat(overview.path("total").path("calls").asLong()).isGreaterThanOrEqualTo(3);
        var mine = java.util.stream.StreamSupport.stream(overview.path("organizations").spliterator(), false)
                .filter(o -> o.path("organizationId").asString().equals(gw.org.toString())).findFirst().orElseThrow();
        assertThat(mine.path("decisions").path("BLOCKED").asLong()).isEqualTo(1);
        assertThat(mine.toString()).doesNotContain("valueHashes").doesNotContain("accountId");
    }
}
