package kz.senim.gateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;

/**
 * A fresh organization whose gateway points at the stub: an external upstream with the models
 * gpt-echo, gpt-tool, gpt-slow, gpt-endless, gpt-stall, gpt-fail, gpt-leaky, gpt-refuse (and -leaky, -html, -big) and, when asked, a domestic one with kaz-llm.
 */
public final class GatewayFixture {

    public static final String EXTERNAL_KEY = "sk-test-external-0001";

    public final Http http;
    public final Fixtures fixtures;
    public final UUID org;
    public final String operatorName;
    public final Http operator;

    public GatewayFixture(int port, UpstreamStub stub, boolean domestic) {
        this.http = new Http(port);
        this.fixtures = new Fixtures(http);
        this.org = fixtures.organization("STATE_BODY");
        this.operatorName = fixtures.account(org, "OPERATOR");
        this.operator = http.bearer(http.login(operatorName, Fixtures.PASSWORD));
        upstream("external", "EXTERNAL", stub.baseUrl(), EXTERNAL_KEY, List.of(
                Map.of("alias", "gpt-echo", "upstreamModel", "echo"),
                Map.of("alias", "gpt-tool", "upstreamModel", "tool"),
                Map.of("alias", "gpt-slow", "upstreamModel", "slow"),
                Map.of("alias", "gpt-endless", "upstreamModel", "endless"),
                Map.of("alias", "gpt-stall", "upstreamModel", "stall"),
                Map.of("alias", "gpt-fail", "upstreamModel", "fail"),
                Map.of("alias", "gpt-leaky", "upstreamModel", "leaky"),
                Map.of("alias", "gpt-refuse", "upstreamModel", "refuse"),
                Map.of("alias", "gpt-refuse-leaky", "upstreamModel", "refuse-leaky"),
                Map.of("alias", "gpt-refuse-html", "upstreamModel", "refuse-html"),
                Map.of("alias", "gpt-refuse-key", "upstreamModel", "refuse-key"),
                Map.of("alias", "gpt-refuse-detail", "upstreamModel", "refuse-detail"),
                Map.of("alias", "gpt-refuse-vllm", "upstreamModel", "refuse-vllm"),
                Map.of("alias", "gpt-refuse-big", "upstreamModel", "refuse-big")));
        if (domestic) {
            upstream("domestic", "DOMESTIC", stub.baseUrl(), null, List.of(Map.of("alias", "kaz-llm", "upstreamModel", "domestic-echo")));
        }
    }

    public void upstream(String name, String kind, String baseUrl, String apiKey, List<Map<String, String>> models) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("baseUrl", baseUrl);
        body.put("models", models);
        if (apiKey != null) {
            body.put("apiKey", apiKey);
        }
        var r = operator.post("/api/v1/gateway/organizations/" + org + "/upstreams", body);
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    public void policy(String type, String action) {
        var r = operator.put("/api/v1/gateway/organizations/" + org + "/policies", Map.of("policies", Map.of(type, action)));
        if (r.status() != 200) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    /** A second member of the organization with another role. */
    public Http member(String role) {
        return http.bearer(http.login(fixtures.account(org, role), Fixtures.PASSWORD));
    }

    public static Map<String, Object> chat(String model, String userText) {
        return Map.of("model", model, "messages", List.of(Map.of("role", "user", "content", userText)));
    }

    public static Map<String, Object> streamedChat(String model, String userText) {
        return Map.of("model", model, "stream", true, "messages", List.of(Map.of("role", "user", "content", userText)));
    }
}
