package kz.senim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.senim.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Policies per finding type, answers restored and filtered, tool-call arguments, labelling. */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayPolicyIntegrationTest {

    static final String IIN = "850315350124";
    static final String CARD = "4400 4301 2345 6789";

    @LocalServerPort
    int port;

    UpstreamStub stub;

    @BeforeAll
    void start() throws Exception {
        stub = new UpstreamStub();
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @BeforeEach
    void clear() {
        stub.bodies.clear();
    }

    static String content(Http.Response r) {
        return r.json().path("choices").path(0).path("message").path("content").asString();
    }

    /** The text a client assembles from a chat stream: content deltas, or the first tool call's arguments. */
    static String streamed(Http.Response r, boolean arguments) {
        StringBuilder b = new StringBuilder();
        for (String line : r.body().split("\n")) {
            if (line.startsWith("data: {")) {
                JsonNode delta = Http.JSON.readTree(line.substring(6)).path("choices").path(0).path("delta");
                JsonNode v = arguments ? delta.path("tool_calls").path(0).path("function").path("arguments") : delta.path("content");
                if (v.isString()) {
                    b.append(v.stringValue());
                }
            }
        }
        return b.toString();
    }

    @Test
    void pseudonymizedValuesAreConsistentAndRestoredInTheAnswer() {
        var gw = new GatewayFixture(port, stub, false);
        var body = Map.of("model", "gpt-echo", "messages", List.of(
                Map.of("role", "system", "content", "Case of ИИН " + IIN),
                Map.of("role", "user", "content", "Card " + CARD + " belongs to " + IIN)));
        var r = gw.operator.post("/v1/chat/completions", body);

        assertThat(r.status()).isEqualTo(200);
        assertThat(content(r)).isEqualTo("Noted: Card " + CARD + " belongs to " + IIN);
        String sent = stub.received();
        assertThat(sent).doesNotContain(IIN).doesNotContain(CARD);
        // the same IIN in two messages gets the same placeholder
        assertThat(sent).contains("Case of ИИН [IIN_1]").contains("Card [PAYMENT_CARD_1] belongs to [IIN_1]");
        assertThat(r.json().path("senim").path("ai_generated").asBoolean()).isTrue();
        assertThat(r.json().path("senim").path("decision").asString()).isEqualTo("MASKED");
    }

    @Test
    void placeholdersSplitAcrossStreamChunksAreRestored() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-echo", "IIN " + IIN + " and again " + IIN + "."));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/event-stream");
        // the stub cuts its answer into 3-char chunks, so "[IIN_1]" arrived in pieces
        assertThat(stub.received()).contains("[IIN_1]").doesNotContain(IIN);
        assertThat(streamed(r, false)).isEqualTo("Noted: IIN " + IIN + " and again " + IIN + ".");
        assertThat(r.body()).contains("\"ai_generated\":true").endsWith("data: [DONE]\n\n");
    }

    @Test
    void toolCallArgumentsAreRestoredPlainAndStreamed() {
        var gw = new GatewayFixture(port, stub, false);
        var plain = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-tool", "File IIN " + IIN));
        String args = plain.json().path("choices").path(0).path("message").path("tool_calls").path(0).path("function").path("arguments").asString();
        assertThat(Http.JSON.readTree(args).path("note").asString()).isEqualTo("Noted: File IIN " + IIN);

        var streamed = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-tool", "File IIN " + IIN));
        assertThat(Http.JSON.readTree(streamed(streamed, true)).path("note").asString()).isEqualTo("Noted: File IIN " + IIN);
        assertThat(stub.received()).doesNotContain(IIN);
    }

    @Test
    void toolResultsAndToolCallArgumentsInTheRequestAreScanned() {
        var gw = new GatewayFixture(port, stub, false);
        var body = Map.of("model", "gpt-echo", "messages", List.of(
                Map.of("role", "user", "content", "Look the person up"),
                Map.of("role", "assistant", "tool_calls", List.of(Map.of("id", "c1", "type", "function",
                        "function", Map.of("name", "lookup", "arguments", "{\"iin\":\"" + IIN + "\"}")))),
                Map.of("role", "tool", "tool_call_id", "c1", "content", "Card " + CARD),
                Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "Summarize")))));
        assertThat(gw.operator.post("/v1/chat/completions", body).status()).isEqualTo(200);
        assertThat(stub.received()).doesNotContain(IIN).doesNotContain(CARD).contains("{\\\"iin\\\":\\\"[IIN_1]\\\"}");
    }

    @Test
    void urlsAndInlineDataAreScannedToo() {
        var gw = new GatewayFixture(port, stub, false);
        var body = Map.of("model", "gpt-echo", "metadata", Map.of("data", "applicant " + IIN), "messages", List.of(
                Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", "Describe the picture"),
                        Map.of("type", "image_url", "image_url", Map.of("url", "https://files.example.kz/scan?iin=" + IIN))))));
        assertThat(gw.operator.post("/v1/chat/completions", body).status()).isEqualTo(200);
        assertThat(stub.received()).doesNotContain(IIN).contains("scan?iin=[IIN_1]");
    }

    @Test
    void responsesInputIsScannedAndToolArgumentsRestored() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.post("/v1/responses", Map.of("model", "gpt-tool", "instructions", "Citizen " + IIN,
                "input", List.of(Map.of("role", "user", "content", List.of(Map.of("type", "input_text", "text", "IIN " + IIN))))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(stub.received()).doesNotContain(IIN);
        String args = r.json().path("output").path(0).path("arguments").asString();
        assertThat(Http.JSON.readTree(args).path("note").asString()).isEqualTo("Noted: IIN " + IIN);
    }

    @Test
    void blockTellsWhatWasFoundWithoutEchoingIt() {
        var gw = new GatewayFixture(port, stub, false);
        gw.policy("PAYMENT_CARD", "BLOCK");
        var r = gw.operator.lang("en").post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "Pay with " + CARD));
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.json().path("error");
        assertThat(error.path("code").asString()).isEqualTo("blocked_by_policy");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("message").asString()).contains("payment card number (1)");
        assertThat(error.path("findings").path(0).path("type").asString()).isEqualTo("PAYMENT_CARD");
        assertThat(r.body()).doesNotContain(CARD).doesNotContain("6789");
        assertThat(stub.bodies).isEmpty();
    }

    @Test
    void markingsGoToTheDomesticModelOrAreBlockedWithoutOne() {
        var withDomestic = new GatewayFixture(port, stub, true);
        var r = withDomestic.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "ДСП\nОтчёт о проверке"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(stub.bodies).hasSize(1);
        assertThat(Http.JSON.readTree(stub.bodies.getFirst()).path("model").asString()).isEqualTo("domestic-echo");
        assertThat(r.json().path("senim").path("decision").asString()).isEqualTo("ROUTED_DOMESTIC");
        assertThat(r.json().path("senim").path("model_kind").asString()).isEqualTo("domestic");

        stub.bodies.clear();
        var without = new GatewayFixture(port, stub, false);
        var refused = without.operator.lang("ru").post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "ДСП\nОтчёт о проверке"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("code").asString()).isEqualTo("no_domestic_model");
        assertThat(refused.json().path("error").path("message").asString()).contains("гриф ограниченного распространения");
        assertThat(stub.bodies).isEmpty();
    }

    @Test
    void redactAndAllowAreApplied() {
        var gw = new GatewayFixture(port, stub, false);
        gw.policy("IIN", "REDACT");
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "IIN " + IIN));
        assertThat(stub.received()).contains("IIN [REDACTED_IIN]").doesNotContain(IIN);
        assertThat(content(r)).isEqualTo("Noted: IIN [REDACTED_IIN]");

        stub.bodies.clear();
        gw.policy("IIN", "ALLOW");
        var allowed = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "IIN " + IIN));
        assertThat(stub.received()).contains(IIN);
        assertThat(allowed.json().path("senim").path("decision").asString()).isEqualTo("PASSED");
    }

    @Test
    void valuesTheModelWritesItselfAreRedactedInTheAnswerUnlessAnswersAreOnlyRecorded() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-leaky", "Which card?"));
        assertThat(content(r)).isEqualTo("Use card [REDACTED_PAYMENT_CARD] for it.");
        var streamed = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-leaky", "Which card?"));
        assertThat(streamed(streamed, false)).isEqualTo("Use card [REDACTED_PAYMENT_CARD] for it.");

        gw.operator.put("/api/v1/gateway/organizations/" + gw.org + "/policies", Map.of("policies", Map.of(), "redactAnswers", false));
        var kept = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-leaky", "Which card?"));
        assertThat(content(kept)).isEqualTo(UpstreamStub.LEAKY_ANSWER);
    }

    @Test
    void disclosureLineInTheCallersLanguage() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.put("/api/v1/gateway/organizations/" + gw.org + "/policies", Map.of("policies", Map.of(), "disclosure", true));
        assertThat(r.status()).isEqualTo(200);
        var kk = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "Сәлем"));
        assertThat(content(kk)).isEqualTo("Noted: Сәлем\n\n— Бұл жауапты жасанды интеллект жасады.");
        var ru = gw.operator.lang("ru").post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-echo", "Привет"));
        assertThat(streamed(ru, false)).isEqualTo("Noted: Привет\n\n— Этот ответ создан искусственным интеллектом.");
    }

    @Test
    void anUpstreamRefusalComesBackLikeAnAnswerWithPlaceholdersRestored() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse", "IIN " + IIN));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(stub.received()).contains("IIN [IIN_1]").doesNotContain(IIN);
        JsonNode error = r.json().path("error");
        assertThat(error.path("message").asString()).isEqualTo("bad value IIN " + IIN);
        assertThat(error.path("code").asString()).isEqualTo("invalid_value");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("param").asString()).isEqualTo("messages");

        var streamed = gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-refuse", "Card " + CARD));
        assertThat(streamed.status()).isEqualTo(400);
        assertThat(streamed.json().path("error").path("message").asString()).isEqualTo("bad value Card " + CARD);
        var responses = gw.operator.post("/v1/responses", Map.of("model", "gpt-refuse", "input", "IIN " + IIN));
        assertThat(responses.json().path("error").path("message").asString()).isEqualTo("bad value IIN " + IIN);
        assertThat(stub.received()).doesNotContain(IIN).doesNotContain(CARD);
    }

    @Test
    void valuesAnUpstreamRefusalQuotesOnItsOwnAreRedactedLikeInAnswers() {
        var gw = new GatewayFixture(port, stub, false);
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-leaky", "Which card?"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").path("message").asString()).isEqualTo("Use card [REDACTED_PAYMENT_CARD] for it.");
        assertThat(r.body()).doesNotContain(CARD);
    }

    @Test
    void aRefusalOfAnotherShapeIsRebuiltAsAnOpenAiErrorWithNoUnscannedField() {
        var gw = new GatewayFixture(port, stub, false);

        var fastApi = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-detail", "Which card?"));
        assertThat(fastApi.status()).isEqualTo(422);
        JsonNode error = fastApi.json().path("error");
        assertThat(error.path("message").asString()).contains("[REDACTED_PAYMENT_CARD]").contains("bad");
        assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.path("code").asString()).isEqualTo("upstream_refused");
        assertThat(fastApi.json().propertyNames()).containsExactly("error");
        assertThat(fastApi.body()).doesNotContain(CARD).doesNotContain("4400430123456789");

        var vllm = gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-vllm", "Which card?"));
        assertThat(vllm.status()).isEqualTo(400);
        assertThat(vllm.json().path("error").path("message").asString()).isEqualTo("Use card [REDACTED_PAYMENT_CARD] for it.");
        assertThat(vllm.json().path("error").path("code").asString()).as("a number is no code: it could be an identifier")
                .isEqualTo("upstream_refused");
        assertThat(vllm.body()).doesNotContain(CARD).doesNotContain("4400430123456789").doesNotContain("\"object\"");
    }

    @Test
    void restrictedDataGoToTheChosenDomesticModelElseTheFirstByNameAndTheAuditSaysWhich() throws Exception {
        var gw = new GatewayFixture(port, stub, true);
        gw.upstream("domestic-2", "DOMESTIC", stub.baseUrl(), null, List.of(
                Map.of("alias", "aaa-kaz", "upstreamModel", "domestic-a"), Map.of("alias", "zz-kaz", "upstreamModel", "domestic-z")));
        String policies = "/api/v1/gateway/organizations/" + gw.org + "/policies";
        assertThat(gw.operator.get(policies).json().path("domesticModel").isNull()).isTrue();
        assertThat(routedTo(gw)).isEqualTo("domestic-a");

        var chosen = gw.operator.put(policies, Map.of("policies", Map.of(), "domesticModel", "zz-kaz"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().path("domesticModel").asString()).isEqualTo("zz-kaz");
        assertThat(routedTo(gw)).isEqualTo("domestic-z");
        // omitted, the choice is kept
        assertThat(gw.operator.put(policies, Map.of("policies", Map.of(), "disclosure", false)).json().path("domesticModel").asString())
                .isEqualTo("zz-kaz");

        for (String notDomestic : List.of("gpt-echo", "no-such-model")) {
            var refused = gw.operator.lang("en").put(policies, Map.of("policies", Map.of(), "domesticModel", notDomestic));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asString()).isEqualTo("gateway-domestic-model-unknown");
            assertThat(refused.json().path("detail").asString()).contains(notDomestic);
        }
        assertThat(gw.operator.get(policies).json().path("domesticModel").asString()).isEqualTo("zz-kaz");

        // the chosen model's service made external, then removed: the choice is forgotten, the first domestic alias by name applies
        String id = null;
        for (JsonNode u : gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/upstreams").json()) {
            if (u.path("name").asString().equals("domestic-2")) {
                id = u.path("id").asString();
            }
        }
        var external = gw.operator.put("/api/v1/gateway/organizations/" + gw.org + "/upstreams/" + id, Map.of("name", "domestic-2",
                "kind", "EXTERNAL", "baseUrl", stub.baseUrl(), "models", List.of(Map.of("alias", "zz-kaz", "upstreamModel", "domestic-z"))));
        assertThat(external.status()).as(external.body()).isEqualTo(204);
        assertThat(gw.operator.get(policies).json().path("domesticModel").isNull()).isTrue();
        assertThat(gw.operator.put(policies, Map.of("policies", Map.of(), "domesticModel", "zz-kaz")).status()).isEqualTo(400);
        assertThat(gw.operator.delete("/api/v1/gateway/organizations/" + gw.org + "/upstreams/" + id).status()).isEqualTo(204);
        assertThat(routedTo(gw)).isEqualTo("domestic-echo");
        var kept = gw.operator.put(policies, Map.of("policies", Map.of(), "domesticModel", "kaz-llm"));
        assertThat(kept.json().path("domesticModel").asString()).isEqualTo("kaz-llm");
        var cleared = gw.operator.put(policies, Map.of("policies", Map.of(), "domesticModel", ""));
        assertThat(cleared.json().path("domesticModel").isNull()).isTrue();

        List<String> routed = new java.util.ArrayList<>();
        for (int i = 0; i < 50 && routed.size() < 3; i++) {
            Thread.sleep(100);
            routed.clear();
            for (JsonNode c : gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/calls").json()) {
                assertThat(c.path("model").asString()).isEqualTo("gpt-echo");
                assertThat(c.path("decision").asString()).isEqualTo("ROUTED_DOMESTIC");
                routed.add(c.path("routedModel").asString());
            }
        }
        assertThat(routed).containsExactly("kaz-llm", "zz-kaz", "aaa-kaz");
    }

    @Test
    void aModelWithADomesticModelOfItsOwnGoesThereBeforeTheOrganizationsChoice() {
        var gw = new GatewayFixture(port, stub, true);
        gw.upstream("domestic-2", "DOMESTIC", stub.baseUrl(), null, List.of(
                Map.of("alias", "aaa-kaz", "upstreamModel", "domestic-a"), Map.of("alias", "zz-kaz", "upstreamModel", "domestic-z")));
        String policies = "/api/v1/gateway/organizations/" + gw.org + "/policies";
        assertThat(gw.operator.get(policies).json().path("domesticRoutes").isEmpty()).isTrue();
        var saved = gw.operator.put(policies, Map.of("policies", Map.of(), "domesticModel", "kaz-llm",
                "domesticRoutes", Map.of("gpt-tool", "zz-kaz")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("domesticRoutes").path("gpt-tool").asString()).isEqualTo("zz-kaz");
        assertThat(routedTo(gw, "gpt-tool")).isEqualTo("domestic-z");
        assertThat(routedTo(gw, "gpt-echo")).isEqualTo("domestic-echo");

        for (var bad : List.of(Map.of("kaz-llm", "zz-kaz"), Map.of("no-such-model", "zz-kaz"))) {
            var refused = gw.operator.lang("en").put(policies, Map.of("policies", Map.of("IIN", "BLOCK"), "domesticRoutes", bad));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("code").asString()).isEqualTo("gateway-domestic-route-alias");
        }
        var notDomestic = gw.operator.put(policies, Map.of("policies", Map.of(), "domesticRoutes", Map.of("gpt-echo", "gpt-tool")));
        assertThat(notDomestic.json().path("code").asString()).isEqualTo("gateway-domestic-model-unknown");
        // nothing of a refused change was saved; omitted, the routes are kept
        var kept = gw.operator.put(policies, Map.of("policies", Map.of()));
        assertThat(kept.json().path("policies").path("IIN").asString()).isEqualTo("PSEUDONYMIZE");
        assertThat(kept.json().path("domesticRoutes").path("gpt-tool").asString()).isEqualTo("zz-kaz");

        String id = null;
        for (JsonNode u : gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/upstreams").json()) {
            if (u.path("name").asString().equals("domestic-2")) {
                id = u.path("id").asString();
            }
        }
        gw.operator.delete("/api/v1/gateway/organizations/" + gw.org + "/upstreams/" + id);
        assertThat(gw.operator.get(policies).json().path("domesticRoutes").isEmpty()).isTrue();
        assertThat(gw.operator.get(policies).json().path("domesticModel").asString()).isEqualTo("kaz-llm");
        assertThat(routedTo(gw, "gpt-tool")).isEqualTo("domestic-echo");
    }

    /** The upstream model a request with a restricted marking reached. */
    private String routedTo(GatewayFixture gw) {
        return routedTo(gw, "gpt-echo");
    }

    private String routedTo(GatewayFixture gw, String model) {
        stub.bodies.clear();
        var r = gw.operator.post("/v1/chat/completions", GatewayFixture.chat(model, "ДСП\nОтчёт о проверке"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("senim").path("decision").asString()).isEqualTo("ROUTED_DOMESTIC");
        return Http.JSON.readTree(stub.bodies.getFirst()).path("model").asString();
    }
}
