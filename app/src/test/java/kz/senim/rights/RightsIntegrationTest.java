package kz.senim.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.cli.ReceiptVerifier;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The rights desk through its API, against the real server and PostgreSQL. */
@SenimIntegrationTest
class RightsIntegrationTest {

    @LocalServerPort
    int port;

    Http http;
    Http admin;
    Fixtures fixtures;
    UUID org;
    UUID system;
    Http operator;
    String reviewerA;
    String reviewerB;
    String iin;
    Http citizen;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
        admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        org = fixtures.organization("STATE_BODY");
        operator = as(fixtures.account(org, "OPERATOR"));
        reviewerA = fixtures.account(org, "REVIEWER");
        reviewerB = fixtures.account(org, "REVIEWER");
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
        system = RightsFixtures.registered(operator, regulator, "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        var model = operator.postBytes("/api/v1/rights/systems/" + system + "/models?version=" + RightsFixtures.MODEL_VERSION,
                RightsFixtures.welfareModel().getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(model.status()).as(model.body()).isEqualTo(201);
        iin = RightsFixtures.randomIin();
        citizen = as(RightsFixtures.citizen(admin, iin));
    }

    Http as(String username) {
        return http.bearer(http.login(username, Fixtures.PASSWORD)).lang("en");
    }

    long decision(String humanBy) {
        return RightsFixtures.log(operator, RightsFixtures.decision(system, iin, humanBy, Instant.now().toString()));
    }

    @Test
    void aHighRiskDecisionStaysProvisionalUntilANamedPersonSignsItOff() {
        assertThat(operator.get("/api/v1/rights/systems/" + system).json().path("requiresSignOff").asBoolean()).isTrue();
        long index = decision("Social worker 7");
        assertThat(operator.get("/api/v1/rights/decisions/" + index + "/status").json().path("signOff").asString()).isEqualTo("PENDING");
        assertThat(citizen.get("/api/v1/rights/decisions/" + index).json().path("signOff").asString()).isEqualTo("PENDING");
        assertThat(operator.get("/api/v1/rights/signoffs").json().findValues("index").stream().map(JsonNode::asLong))
                .contains(index);

        var early = operator.post("/api/v1/rights/decisions/" + index + "/finalization", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("rights-signoff-required");

        var incomplete = operator.post("/api/v1/rights/signoffs/" + index, Map.of("action", "OVERRIDE"));
        assertThat(incomplete.status()).isEqualTo(400);
        Http signer = as(reviewerA);
        var signed = signer.post("/api/v1/rights/signoffs/" + index, Map.of("action", "APPROVE", "note", "documents checked"));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("signedBy").asString()).isEqualTo("Test " + reviewerA);
        assertThat(operator.post("/api/v1/rights/signoffs/" + index, Map.of("action", "APPROVE")).status()).isEqualTo(409);

        long entry = signed.json().path("signOffEntry").asLong();
        JsonNode receipt = receipt(citizen, entry);
        assertThat(receipt.path("record").path("decisionIndex").asLong()).isEqualTo(index);
        assertThat(receipt.path("record").path("action").asString()).isEqualTo("APPROVED");
        assertThat(ReceiptVerifier.verify(receipt, http.get("/ledger/key").body().trim()).ok()).isTrue();

        var finalized = operator.post("/api/v1/rights/decisions/" + index + "/finalization", Map.of());
        assertThat(finalized.status()).isEqualTo(200);
        assertThat(finalized.json().path("finalizedAt").isNull()).isFalse();
    }

    @Test
    void theExplanationComesFromTheRegisteredModelInThePersonsLanguageAndNeverChangesAnImmutableFeature() {
        long index = decision("Social worker 7");
        JsonNode kk = citizen.lang("kk").get("/api/v1/rights/decisions/" + index).json().path("explanation");
        assertThat(kk.path("kind").asString()).isEqualTo("MODEL");
        assertThat(kk.path("score").asString()).isEqualTo("40");
        // Disability group 3 (10 of 30 points) and income 125 000 (10 of 30) each cost 20 points: tie in model order.
        assertThat(kk.path("factors").get(0).path("feature").asString()).isEqualTo("Мүгедектік тобы");
        assertThat(kk.path("factors").get(0).path("effect").asString()).isEqualTo("-20");
        assertThat(kk.path("factors").get(0).path("immutable").asBoolean()).isTrue();
        assertThat(kk.path("counterfactual").asString())
                .isEqualTo("Егер «Жан басына шаққандағы айлық табыс» көрсеткіші 120\u00A0000 теңге мәнінен төмен болғанда, нәтиже «Құқығы бар» болар еді.");
        JsonNode en = citizen.get("/api/v1/rights/decisions/" + index).json().path("explanation");
        assertThat(en.path("counterfactual").asString()).contains("monthly income per person").doesNotContain("disability", "age");
        en.path("alternatives").forEach(a -> assertThat(a.asString()).doesNotContain("disability group", "age"));
    }

    @Test
    void withoutAModelTheOperatorsWrittenExplanationIsShownAndSaysWhichLanguagesItHas() {
        var d = RightsFixtures.decision(system, iin, "Social worker 7", Instant.now().toString());
        d.put("modelVersion", "not-registered");
        long index = RightsFixtures.log(operator, d);
        assertThat(citizen.get("/api/v1/rights/decisions/" + index).json().path("explanation").path("kind").asString()).isEqualTo("NONE");
        var bad = operator.put("/api/v1/rights/systems/" + system + "/explanation", Map.of("kk", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("code").asString()).isEqualTo("rights-explanation-invalid");
        assertThat(operator.put("/api/v1/rights/systems/" + system + "/explanation", Map.of("ru", "Баллы за доход и занятость.")).status())
                .isEqualTo(200);
        JsonNode x = citizen.lang("kk").get("/api/v1/rights/decisions/" + index).json().path("explanation");
        assertThat(x.path("kind").asString()).isEqualTo("WRITTEN");
        assertThat(x.path("writtenLang").asString()).isEqualTo("ru");
        assertThat(x.path("written").asString()).isEqualTo("Баллы за доход и занятость.");
    }

    @Test
    void anAppealGoesToAReviewerWhoTookNoPartAndTheAiOutputStaysHiddenUntilTheIndependentAssessment() throws Exception {
        long index = decision("Test " + reviewerA);
        var appeal = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL",
                "text", "My income fell to 110 000 in October; statement attached."));
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
        String ref = appeal.json().path("reference").asString();
        assertThat(appeal.json().path("late").asBoolean()).isFalse();

        Http a = as(reviewerA);
        Http b = as(reviewerB);
        assertThat(a.get("/api/v1/rights/reviews/" + ref).json().path("code").asString()).isEqualTo("rights-not-assigned");
        JsonNode screen = b.get("/api/v1/rights/reviews/" + ref).json();
        assertThat(screen.path("appeal").path("text").asString()).contains("110 000");
        assertThat(screen.path("inputs").path("income").asInt()).isEqualTo(125000);
        assertThat(screen.path("assessed").asBoolean()).isFalse();
        assertThat(screen.path("aiOutcome").isNull()).isTrue();
        assertThat(screen.path("record").isNull()).isTrue();
        assertThat(screen.path("appeal").has("subjectKey")).isFalse();

        var tooEarly = b.post("/api/v1/rights/reviews/" + ref + "/outcome", Map.of("outcome", "OVERTURNED", "reasons", "x"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().path("code").asString()).isEqualTo("rights-assessment-first");

        JsonNode after = b.post("/api/v1/rights/reviews/" + ref + "/assessment",
                Map.of("assessment", "The statement shows 110 000: eligible.")).json();
        assertThat(after.path("aiOutcome").asString()).isEqualTo("not eligible");
        assertThat(b.post("/api/v1/rights/reviews/" + ref + "/assessment", Map.of("assessment", "changed my mind")).status()).isEqualTo(409);

        var decided = b.post("/api/v1/rights/reviews/" + ref + "/outcome",
                Map.of("outcome", "OVERTURNED", "reasons", "Income below 120 000 per the bank statement."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode mine = citizen.get("/api/v1/rights/decisions/" + index).json().path("cases").get(0);
        assertThat(mine.path("outcome").asString()).isEqualTo("OVERTURNED");
        assertThat(mine.path("answer").asString()).contains("bank statement");
        JsonNode receipt = receipt(citizen, mine.path("outcomeIndex").asLong());
        assertThat(receipt.path("record").path("decisionIndex").asLong()).isEqualTo(index);
        assertThat(receipt.path("record").path("outcome").asString()).isEqualTo("OVERTURNED");
        assertThat(ReceiptVerifier.verify(receipt, http.get("/ledger/key").body().trim()).ok()).isTrue();
        assertThat(http.get("/api/v1/public/rights/systems/" + system + "/measures").json().path("overturnRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aReviewerWhoTookPartIsNeverAssignedNorAllowed() {
        // Both reviewers took part: A is named in the decision, B signed it off.
        long index = decision("Test " + reviewerA);
        assertThat(as(reviewerB).post("/api/v1/rights/signoffs/" + index, Map.of("action", "APPROVE")).status()).isEqualTo(200);
        String ref = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL", "text", "wrong"))
                .json().path("reference").asString();
        JsonNode c = operator.get("/api/v1/rights/cases/" + ref).json();
        assertThat(c.path("summary").path("reviewer").isNull()).isTrue();
        assertThat(c.path("history").findValues("status").stream().map(JsonNode::asString)).contains("UNASSIGNED");
        for (String reviewer : List.of(reviewerA, reviewerB)) {
            UUID id = accountId(reviewer);
            var r = operator.post("/api/v1/rights/cases/" + ref + "/reviewer", Map.of("reviewerId", id.toString()));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().path("code").asString()).isEqualTo("rights-reviewer-conflict");
            assertThat(as(reviewer).get("/api/v1/rights/reviews/" + ref).status()).isEqualTo(403);
        }
        String fresh = fixtures.account(org, "REVIEWER");
        assertThat(operator.post("/api/v1/rights/cases/" + ref + "/reviewer", Map.of("reviewerId", accountId(fresh).toString())).status())
                .isEqualTo(200);
        assertThat(as(fresh).get("/api/v1/rights/reviews/" + ref).status()).isEqualTo(200);
    }

    @Test
    void nobodySeesAnotherPersonsDecisionOrAnotherOperatorsCases() {
        long index = decision("Social worker 7");
        Http other = as(RightsFixtures.citizen(admin, RightsFixtures.randomIin()));
        var theirs = other.get("/api/v1/rights/decisions/" + index);
        var missing = other.get("/api/v1/rights/decisions/99999999");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(theirs.json().path("detail").asString()).isEqualTo(missing.json().path("detail").asString());
        assertThat(other.get("/api/v1/rights/decisions").json().findValues("index").stream().map(JsonNode::asLong)).doesNotContain(index);
        var request = other.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL", "text", "not mine"));
        assertThat(request.status()).isEqualTo(404);
        assertThat(operator.get("/api/v1/rights/cases").json().size()).isZero();

        String ref = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "EXPLANATION", "text", "why?"))
                .json().path("reference").asString();
        Http stranger = as(fixtures.account(fixtures.organization("COMPANY"), "OPERATOR"));
        assertThat(stranger.get("/api/v1/rights/cases/" + ref).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/rights/cases/" + ref + "/answer", Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/rights/cases").json().findValues("reference").stream().map(JsonNode::asString)).doesNotContain(ref);
        assertThat(stranger.post("/api/v1/rights/signoffs/" + index, Map.of("action", "APPROVE")).status()).isEqualTo(404);
        assertThat(operator.post("/api/v1/rights/cases/" + ref + "/answer", Map.of("text", "Income is the main factor.")).status()).isEqualTo(200);
        assertThat(citizen.get("/api/v1/rights/my-cases").json().get(0).path("status").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void forgedReferencesGiveNoHintWhetherADecisionExists() {
        var d = RightsFixtures.decision(system, iin, "Social worker 7", Instant.now().toString());
        RightsFixtures.log(operator, d);
        String reference = (String) d.get("reference");
        var wrongIin = http.post("/api/v1/public/rights/find", Map.of("reference", reference, "iin", RightsFixtures.randomIin()));
        var forged = http.post("/api/v1/public/rights/find", Map.of("reference", "FORGED-1", "iin", iin));
        assertThat(wrongIin.status()).isEqualTo(404);
        assertThat(forged.status()).isEqualTo(404);
        assertThat(wrongIin.body()).isEqualTo(forged.body());
        var found = http.post("/api/v1/public/rights/find", Map.of("reference", reference.toLowerCase(), "iin", iin));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("explanation").path("kind").asString()).isEqualTo("MODEL");
        var forgedCase = citizen.multipart("/api/v1/rights/my-cases/RQ-FORGED0000/attachments", "a.pdf", "application/pdf", new byte[1]);
        assertThat(forgedCase.status()).isEqualTo(404);
        assertThat(forgedCase.json().path("code").asString()).isEqualTo("rights-case-unknown");
    }

    @Test
    void aSecondRequestIsRefusedWithTheFirstReferenceAndALateAppealIsAcceptedAndFlagged() {
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Social worker 7", "2025-01-10T09:00:00Z"));
        var first = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL", "text", "wrong"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("late").asBoolean()).isTrue();
        assertThat(first.json().path("history").findValues("note").stream().map(JsonNode::asString)).contains("LATE");
        var second = citizen.lang("kk").post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL", "text", "again"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asString()).contains(first.json().path("reference").asString()).contains("ашық өтінішіңіз");
        assertThat(citizen.get("/api/v1/rights/my-cases").json().size()).isEqualTo(1);
        var noText = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL"));
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().path("code").asString()).isEqualTo("rights-text-invalid");
        var explanation = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "DATA_ACCESS"));
        assertThat(explanation.status()).isEqualTo(201);
        assertThat(explanation.json().path("late").asBoolean()).isFalse();
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedAndNothingIsStored() {
        long index = decision("Social worker 7");
        String ref = citizen.post("/api/v1/rights/decisions/" + index + "/requests", Map.of("kind", "APPEAL", "text", "see file"))
                .json().path("reference").asString();
        var big = citizen.lang("ru").multipart("/api/v1/rights/my-cases/" + ref + "/attachments", "statement.pdf", "application/pdf",
                new byte[2 * 1024 * 1024 + 1]);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().path("detail").asString()).contains("statement.pdf").containsPattern("2.048 КиБ");
        var small = citizen.multipart("/api/v1/rights/my-cases/" + ref + "/attachments", "statement.pdf", "application/pdf", new byte[1000]);
        assertThat(small.status()).isEqualTo(201);
        assertThat(small.json().size()).isEqualTo(1);
        assertThat(operator.get("/api/v1/rights/cases/" + ref).json().path("attachments").size()).isEqualTo(1);
        assertThat(citizen.multipart("/api/v1/rights/my-cases/" + ref + "/attachments", "x.pdf", "application/pdf", new byte[1]).status())
                .isEqualTo(201);
    }

    @Test
    void aModelFileWithProblemsListsEveryOneAndIsNotStored() {
        String broken = RightsFixtures.welfareModel().replace("\"threshold\": 50", "\"treshold\": 50")
                .replace("{ \"lower\": 120000, \"upper\": 200000, \"points\": 10 }", "{ \"lower\": 130000, \"upper\": 200000, \"points\": 10 }");
        var r = operator.lang("kk").postBytes("/api/v1/rights/systems/" + system + "/models?version=v2",
                broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("rights-model-invalid");
        assertThat(r.json().path("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(r.json().path("errors").findValues("path").stream().map(JsonNode::asString))
                .anyMatch(p -> p.contains("treshold")).anyMatch(p -> p.startsWith("points.income"));
        assertThat(operator.get("/api/v1/rights/systems/" + system).json().path("models").findValues("version").stream()
                .map(JsonNode::asString)).containsExactly(RightsFixtures.MODEL_VERSION);
        var changed = operator.postBytes("/api/v1/rights/systems/" + system + "/models?version=" + RightsFixtures.MODEL_VERSION,
                RightsFixtures.welfareModel().replace("\"threshold\": 50", "\"threshold\": 45").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");
        assertThat(changed.status()).isEqualTo(409);
    }

    private UUID accountId(String username) {
        for (JsonNode a : admin.get("/api/v1/organizations/" + org + "/accounts").json()) {
            if (a.path("username").asString().equals(username)) {
                return UUID.fromString(a.path("id").asString());
            }
        }
        throw new IllegalStateException(username);
    }

    static JsonNode receipt(Http as, long index) {
        for (int i = 0; i < 100; i++) {
            var r = as.get("/api/v1/rights/entries/" + index + "/receipt");
            if (r.status() == 200) {
                return r.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("no checkpoint covers entry " + index);
    }
}
