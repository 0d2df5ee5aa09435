package kz.senim.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SenimIntegrationTest
public class ClassificationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Http operator;

    /** A website chatbot: nothing prohibited, minimal impact, Art. 21 notice on its channel. */
    public static Map<String, Object> chatbot() {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("s_manipulation", false);
        a.put("s_vulnerability", false);
        a.put("s_social_scoring", false);
        a.put("s_emotion", "no");
        a.put("s_personal_data", "no");
        a.put("s_discrimination", false);
        a.put("s_prohibited_content", false);
        a.put("p_purpose", "Answers customer questions about delivery");
        a.put("p_sector", "private");
        a.put("p_critical_ict", false);
        a.put("p_state_resources", false);
        a.put("p_restricted_data", false);
        a.put("p_interacts", true);
        a.put("p_channels", List.of("website"));
        a.put("p_synthetic", false);
        a.put("p_decisions", "none");
        a.put("i_disruption", "inconvenience");
        a.put("i_reversibility", "easy");
        a.put("i_scale", "under_100k");
        a.put("i_vulnerable", false);
        a.put("i_opacity", "opaque");
        for (String m : List.of("m_human_review", "m_audit", "m_logging", "m_explanations", "m_error_analysis", "m_fallback")) {
            a.put(m, false);
        }
        a.put("a_mode", "advisory");
        a.put("a_self_learning", false);
        return a;
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        operator = http.bearer(http.login("operator", Fixtures.DEMO_PASSWORD)).lang("en");
    }

    @Test
    void theRulePackInForceIsPublic() {
        var pack = http.get("/api/v1/public/rule-pack");
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.json().path("version").asString()).isEqualTo("2026.1");
        assertThat(pack.json().path("questions").size()).isGreaterThan(10);
    }

    @Test
    void aChatbotIsMinimalWithItsScoreExplained() {
        var r = operator.post("/api/v1/classifications/evaluate", Map.of("answers", chatbot()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var result = r.json();
        assertThat(result.path("riskClass").asString()).isEqualTo("minimal");
        assertThat(result.path("packVersion").asString()).isEqualTo("2026.1");
        assertThat(result.path("score").path("rawImpact").asInt()).isEqualTo(4);
        assertThat(result.path("score").path("contributions").size()).isPositive();
        assertThat(result.path("obligations").valueStream().map(o -> o.path("id").asString()).toList()).contains("o_notice_website");
    }

    @Test
    void wrongAnswersAreAllListedInTheCallersLanguage() {
        Map<String, Object> a = chatbot();
        a.put("p_sector", "pirates");
        a.put("no_such_question", true);
        a.remove("i_scale");
        var r = operator.lang("ru").post("/api/v1/classifications/evaluate", Map.of("answers", a));
        assertThat(r.status()).isEqualTo(400);
        var codes = r.json().path("errors").valueStream().map(e -> e.path("code").asString()).toList();
        assertThat(codes).contains("UNKNOWN_OPTION", "UNKNOWN_QUESTION", "MISSING_REQUIRED");
        assertThat(r.json().path("errors").valueStream().map(e -> e.path("message").asString()).toList())
                .contains("На этот вопрос нужно ответить.");
    }

    @Test
    void whatIfShowsTheClassMoving() {
        var r = operator.post("/api/v1/classifications/what-if", Map.of("answers", chatbot(),
                "questionId", "i_disruption", "answer", "emergency"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("before").path("riskClass").asString()).isEqualTo("minimal");
        assertThat(r.json().path("after").path("riskClass").asString()).isNotEqualTo("minimal");
    }

    @Test
    void aBrokenRulePackIsRefusedWithEveryProblemAndNothingStored() {
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD)).lang("en");
        String yaml = admin.get("/api/v1/rule-packs/2026.1").body();
        String broken = yaml.replaceFirst("version: \"?2026\\.1\"?", "version: \"2026.9\"")
                .replaceFirst("question: p_interacts", "question: p_no_such_question");
        long before = jdbc.sql("select count(*) from rule_pack").query(Long.class).single();
        var r = admin.postBytes("/api/v1/rule-packs", broken.getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().path("problems").valueStream().map(p -> p.path("code").asString()).toList()).contains("UNKNOWN_QUESTION");
        assertThat(r.json().path("problems").get(0).path("message").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from rule_pack").query(Long.class).single()).isEqualTo(before);
        assertThat(http.get("/api/v1/public/rule-pack").json().path("version").asString()).isEqualTo("2026.1");
    }

    @Test
    void onlyAdminsUploadPacks() {
        assertThat(operator.postBytes("/api/v1/rule-packs", "id: x".getBytes(), "application/yaml").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/rule-packs").status()).isEqualTo(403);
    }

    @Test
    void aNewVersionIsStoredAndPutInForceWithoutADeploy() {
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD)).lang("en");
        String yaml = admin.get("/api/v1/rule-packs/2026.1").body();
        String next = yaml.replaceFirst("version: \"?2026\\.1\"?", "version: \"2026.2-test\"");
        var r = admin.postBytes("/api/v1/rule-packs", next.getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(admin.postBytes("/api/v1/rule-packs", next.getBytes(StandardCharsets.UTF_8), "application/yaml").status()).isEqualTo(409);
        try {
            assertThat(admin.post("/api/v1/rule-packs/2026.2-test/activate", Map.of()).status()).isEqualTo(204);
            assertThat(operator.post("/api/v1/classifications/evaluate", Map.of("answers", chatbot())).json()
                    .path("packVersion").asString()).isEqualTo("2026.2-test");
        } finally {
            admin.post("/api/v1/rule-packs/2026.1/activate", Map.of());
        }
    }
}
