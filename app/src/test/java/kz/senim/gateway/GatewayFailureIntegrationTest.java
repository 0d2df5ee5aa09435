package kz.senim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import kz.senim.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input and failures: each gets an OpenAI-style error, and nothing is forwarded when the guard cannot check. */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayFailureIntegrationTest {

    @LocalServerPort
    int port;

    UpstreamStub stub;
    GatewayFixture gw;

    @BeforeAll
    void start() throws Exception {
        stub = new UpstreamStub();
        gw = new GatewayFixture(port, stub, false);
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @BeforeEach
    void clear() {
        stub.bodies.clear();
    }

    static void assertOpenAiError(Http.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().path("error").path("code").asString()).isEqualTo(code);
        assertThat(r.json().path("error").path("message").asString()).isNotBlank();
        assertThat(r.json().path("error").has("type")).isTrue();
        assertThat(r.json().path("error").has("param")).isTrue();
    }

    @Test
    void aDetectorThatThrowsStopsTheCall() {
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "text " + GatewayTestDetectors.FAIL));
        assertOpenAiError(r, 500, "scan_failed");
        assertThat(stub.bodies).isEmpty();
    }

    @Test
    void aScanPastTheDeadlineStopsTheCall() {
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-echo", "text " + GatewayTestDetectors.HANG));
        assertOpenAiError(r, 503, "scan_timeout");
        assertThat(stub.bodies).isEmpty();
    }

    @Test
    void malformedJson() {
        assertOpenAiError(gw.operator.post("/v1/chat/completions", "{\"model\": \"gpt-echo\", \"messages\": ["), 400, "invalid_json");
        assertOpenAiError(gw.operator.post("/v1/responses", "[1, 2]"), 400, "invalid_json");
    }

    @Test
    void bodyOverTheLimit() {
        String big = "{\"model\":\"gpt-echo\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "a".repeat(1_100_000) + "\"}]}";
        assertOpenAiError(gw.operator.post("/v1/chat/completions", big), 413, "request_too_large");
        assertThat(stub.bodies).isEmpty();
    }

    @Test
    void unknownModel() {
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-9-ultra", "hi"));
        assertOpenAiError(r, 404, "model_not_found");
        assertThat(r.json().path("error").path("message").asString()).contains("gpt-9-ultra");
    }

    @Test
    void upstreamDownAndTimingOutAndFailing() throws Exception {
        int closedPort;
        try (var s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        gw.upstream("gone", "EXTERNAL", "http://127.0.0.1:" + closedPort + "/v1", null,
                java.util.List.of(java.util.Map.of("alias", "gone-model", "upstreamModel", "x")));
        assertOpenAiError(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gone-model", "hi")), 502, "upstream_unreachable");
        assertOpenAiError(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-slow", "hi")), 504, "upstream_timeout");
        assertOpenAiError(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-fail", "hi")), 502, "upstream_error");
    }

    @Test
    void anUpstreamRefusingTheGatewaysKeyIsNotPassedOffAsTheCallersOwnKeyBeingWrong() {
        var r = gw.operator.lang("en").post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-key", "hi"));

        assertOpenAiError(r, 502, "upstream_auth_failed");
        assertThat(r.json().path("error").path("message").asString()).contains("«external»", "401", "administrator");
        assertThat(r.body()).doesNotContain("Incorrect API key");
    }

    @Test
    void anUpstreamRefusalTheGatewayCannotReadWholeIsReplacedByItsOwnError() {
        String iin = "850315350124";
        var html = gw.operator.lang("en").post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-html", "IIN " + iin));
        assertOpenAiError(html, 400, "upstream_refused");
        assertThat(html.json().path("error").path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(html.json().path("error").path("message").asString()).contains("«external»", "400");
        assertThat(html.body()).doesNotContain("<html").doesNotContain("[IIN_1]").doesNotContain("Exception");
        var big = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-refuse-big", "IIN " + iin));
        assertOpenAiError(big, 400, "upstream_refused");
        assertThat(big.body()).hasSizeLessThan(2000).doesNotContain("xxxxxxxx").doesNotContain("[IIN_1]");
        assertThat(stub.received()).contains("[IIN_1]").doesNotContain(iin);
    }

    @Test
    void clientDisconnectingMidStreamCancelsTheUpstreamCall() throws Exception {
        String token = gw.http.login(gw.operatorName, kz.senim.support.Fixtures.PASSWORD);
        HttpClient client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(GatewayFixture.streamedChat("gpt-endless", "go"))))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream in = response.body()) {
            byte[] first = in.readNBytes(200);
            assertThat(new String(first)).contains("data: ");
        }
        client.close();
        // The stub's endless stream runs 30 s unless the gateway closes its connection.
        assertThat(stub.endlessCancelled.await(20, TimeUnit.SECONDS)).as("upstream call cancelled").isTrue();
    }

    @Test
    void aStreamThatStallsAfterItStartedEndsWithATimeoutError() {
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-stall", "go"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("event: error").contains("upstream_timeout").doesNotContain("[DONE]");
    }

    @Test
    void unauthenticatedAndCitizenCallsGetOpenAiErrors() {
        var anonymous = new Http(port);
        assertOpenAiError(anonymous.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "hi")), 401, "invalid_api_key");
        assertOpenAiError(anonymous.bearer("snm_not-a-real-token").get("/v1/models"), 401, "invalid_api_key");
        var citizen = gw.http.bearer(gw.http.login(gw.fixtures.account(null, "CITIZEN"), kz.senim.support.Fixtures.PASSWORD));
        assertOpenAiError(citizen.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "hi")), 403, "not_allowed");
        assertOpenAiError(citizen.get("/v1/models"), 403, "not_allowed");
        assertThat(stub.bodies).isEmpty();
    }
}
