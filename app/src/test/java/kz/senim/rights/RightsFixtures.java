package kz.senim.rights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;

/** A high-risk system with its scoring model, citizens with IINs and decisions about them, made through the API. */
public final class RightsFixtures {

    public static final String MODEL_VERSION = "welfare-scorer-test";

    private RightsFixtures() {
    }

    /** A welfare scoring that prepares decisions on benefits: high risk, decisions affecting rights. */
    public static Map<String, Object> highRiskAnswers() {
        Map<String, Object> a = new LinkedHashMap<>();
        for (String q : List.of("s_manipulation", "s_vulnerability", "s_social_scoring", "s_discrimination", "s_prohibited_content")) {
            a.put(q, false);
        }
        a.put("s_emotion", "no");
        a.put("s_personal_data", Map.of("value", "with_consent", "evidence", List.of("consent-register")));
        a.put("p_purpose", "Scores household welfare to offer social benefits");
        a.put("p_sector", "public_body");
        a.put("p_critical_ict", false);
        a.put("p_state_resources", true);
        a.put("p_restricted_data", true);
        a.put("p_interacts", true);
        a.put("p_channels", List.of("website"));
        a.put("p_synthetic", false);
        a.put("p_decisions", "prepares");
        a.put("p_decision_areas", List.of("social_benefits"));
        a.put("p_foreign_service", false);
        a.put("i_disruption", "significant_harm");
        a.put("i_reversibility", "hard");
        a.put("i_scale", "over_1m");
        a.put("i_vulnerable", true);
        a.put("i_rights", "major");
        a.put("i_opacity", "interpretable");
        for (String m : List.of("m_human_review", "m_appeal", "m_audit", "m_logging", "m_explanations", "m_error_analysis", "m_fallback")) {
            a.put(m, false);
        }
        a.put("a_mode", "advisory");
        a.put("a_self_learning", false);
        return a;
    }

    /** Creates, classifies (with the given answers) and registers a system of the operator's organization. */
    public static UUID registered(Http operator, Http regulator, String name, Map<String, Object> answers) {
        var created = operator.post("/api/v1/systems", Map.of("name", name, "purpose", "Scores household welfare",
                "legalBasis", "Social Code", "sector", "SOCIAL_PROTECTION", "oversightKind", "IN_THE_LOOP",
                "channels", List.of("website"), "models", List.of(Map.of("name", "scorer", "version", "1", "hostedInKazakhstan", true))));
        check(created, 201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        check(operator.post("/api/v1/systems/" + id + "/classification", Map.of("answers", answers)), 201);
        check(operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED")), 200);
        check(regulator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "REGISTERED", "note", "checked")), 200);
        return id;
    }

    public static String welfareModel() {
        try (InputStream in = RightsFixtures.class.getResourceAsStream("/rights/welfare-scorecard.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomIin() {
        return "8" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    /** A citizen account linked to the IIN; returns its username (password {@link Fixtures#PASSWORD}). */
    public static String citizen(Http admin, String iin) {
        String username = "c" + UUID.randomUUID().toString().substring(0, 12);
        check(admin.post("/api/v1/accounts", Map.of("username", username, "displayName", "Citizen " + username,
                "password", Fixtures.PASSWORD, "roles", List.of("CITIZEN"), "iin", iin)), 201);
        return username;
    }

    /** A decision about {@code iin} scored by the welfare scorecard: 40 points, not eligible. */
    public static Map<String, Object> decision(UUID system, String iin, String humanBy, String occurredAt) {
        Map<String, Object> d = new HashMap<>();
        d.put("systemId", system.toString());
        d.put("systemVersion", "1");
        d.put("modelVersion", MODEL_VERSION);
        d.put("datasetVersion", "registry-2026-10");
        d.put("parametersDigest", "sha256:" + "ab".repeat(32));
        d.put("inputCommitment", "sha256:" + "cd".repeat(32));
        d.put("outcome", "not eligible");
        d.put("human", Map.of("involved", true, "by", humanBy, "overrodeAi", false));
        d.put("occurredAt", occurredAt);
        d.put("subjectIin", iin);
        d.put("reference", "T-" + UUID.randomUUID());
        d.put("dataUsed", Map.of("age", 62, "disability", "group3", "income", 125000, "employment", "informal"));
        return d;
    }

    public static long log(Http operator, Map<String, Object> decision) {
        var r = operator.post("/api/v1/ledger/decisions", decision);
        check(r, 201);
        return r.json().path("index").asLong();
    }

    private static void check(Http.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }
}
