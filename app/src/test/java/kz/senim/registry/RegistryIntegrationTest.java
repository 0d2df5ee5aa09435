package kz.senim.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.classification.ClassificationIntegrationTest;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SenimIntegrationTest
public class RegistryIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fixtures;
    UUID org;
    Http operator;
    Http regulator;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
        org = fixtures.organization("STATE_BODY");
        operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD)).lang("en");
        regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)).lang("en");
    }

    public static Map<String, Object> system(String name) {
        return Map.of("name", name, "purpose", "Answers customer questions about delivery",
                "legalBasis", "Customer consent", "sector", "E_GOVERNMENT", "oversightKind", "ON_THE_LOOP",
                "channels", List.of("website"),
                "models", List.of(Map.of("name", "assistant", "version", "1.0", "hostedInKazakhstan", true)));
    }

    /** Creates, classifies and registers a system of {@code operator}'s organization; returns its id. */
    public static UUID registered(Http operator, Http regulator, String name) {
        var created = operator.post("/api/v1/systems", system(name));
        UUID id = UUID.fromString(created.json().path("id").asString());
        var classified = operator.post("/api/v1/systems/" + id + "/classification",
                Map.of("answers", ClassificationIntegrationTest.chatbot()));
        if (classified.status() != 201) {
            throw new IllegalStateException(classified.body());
        }
        operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED"));
        var r = regulator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "REGISTERED", "note", "checked"));
        if (r.status() != 200) {
            throw new IllegalStateException(r.body());
        }
        return id;
    }

    @Test
    void aSystemGoesFromDraftToThePublicRegister() {
        String name = "Assistant " + UUID.randomUUID();
        var created = operator.post("/api/v1/systems", system(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        assertThat(http.get("/api/v1/public/register.json?q=" + name.substring(10)).json()).isEmpty();

        var early = operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("system-unclassified");

        var classified = operator.post("/api/v1/systems/" + id + "/classification", Map.of("answers", ClassificationIntegrationTest.chatbot()));
        assertThat(classified.status()).as(classified.body()).isEqualTo(201);
        assertThat(operator.get("/api/v1/systems/" + id).json().path("riskClass").asString()).isEqualTo("MINIMAL");

        assertThat(operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED")).status()).isEqualTo(200);
        assertThat(operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "REGISTERED")).status()).isEqualTo(403);
        assertThat(regulator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "REGISTERED")).status()).isEqualTo(200);

        var found = http.get("/api/v1/public/register.json?riskClass=minimal&q=" + name.substring(10)).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("name").asString()).isEqualTo(name);
        var history = operator.get("/api/v1/systems/" + id + "/history").json();
        assertThat(history.valueStream().map(h -> h.path("to").asString()).toList())
                .containsExactly("DRAFT", "SUBMITTED", "REGISTERED");
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        UUID id = UUID.fromString(operator.post("/api/v1/systems", system("S " + UUID.randomUUID())).json().path("id").asString());
        var r = regulator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUSPENDED"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("code").asString()).isEqualTo("system-transition");
        assertThat(operator.get("/api/v1/systems/" + id).json().path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void staleEditsAreConflicts() {
        var created = operator.post("/api/v1/systems", system("S " + UUID.randomUUID())).json();
        String id = created.path("id").asString();
        var edit = new java.util.HashMap<>(system("Renamed"));
        edit.put("version", 0);
        assertThat(operator.put("/api/v1/systems/" + id, edit).status()).isEqualTo(200);
        var stale = operator.put("/api/v1/systems/" + id, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asString()).isEqualTo("system-stale");
        assertThat(operator.get("/api/v1/systems/" + id).json().path("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void anotherOrganizationSeesNothingAndChangesNothing() {
        UUID id = UUID.fromString(operator.post("/api/v1/systems", system("S " + UUID.randomUUID())).json().path("id").asString());
        Http stranger = http.bearer(http.login(fixtures.account(fixtures.organization("COMPANY"), "OPERATOR"), Fixtures.PASSWORD));
        assertThat(stranger.get("/api/v1/systems/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED")).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/systems/" + id + "/classification", Map.of("answers", ClassificationIntegrationTest.chatbot())).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/systems/" + id + "/evidence").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/systems").json().valueStream().map(s -> s.path("id").asString()).toList()).doesNotContain(id.toString());
        Http citizen = http.bearer(http.login("citizen", Fixtures.DEMO_PASSWORD));
        assertThat(citizen.post("/api/v1/systems", system("x")).status()).isEqualTo(403);
    }

    @Test
    void aSourceCollectedForAnotherPurposeBlocksRegistrationUntilItsReuseHasALegalBasis() {
        UUID id = UUID.fromString(operator.post("/api/v1/systems", system("S " + UUID.randomUUID())).json().path("id").asString());
        var source = operator.post("/api/v1/data-sources", Map.of("name", "Household registry", "categories", List.of("PERSONAL", "STATE_REGISTRY"),
                "purpose", "Civil registration", "legalBasis", "Law on civil registration")).json();
        var link = operator.post("/api/v1/systems/" + id + "/data-sources", Map.of("dataSourceId", source.path("id").asString()));
        assertThat(link.json().path("crossContext").asBoolean()).isTrue();
        operator.post("/api/v1/systems/" + id + "/classification", Map.of("answers", ClassificationIntegrationTest.chatbot()));
        var refused = operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("Household registry");

        operator.post("/api/v1/systems/" + id + "/data-sources", Map.of("dataSourceId", source.path("id").asString(),
                "reuseLegalBasis", "Government decree 123 on proactive services"));
        assertThat(operator.post("/api/v1/systems/" + id + "/transitions", Map.of("to", "SUBMITTED")).status()).isEqualTo(200);
    }

    @Test
    void evidenceFilesKeepTheirHashAndWrongFilesAreRefused() throws Exception {
        UUID id = UUID.fromString(operator.post("/api/v1/systems", system("S " + UUID.randomUUID())).json().path("id").asString());
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8);
        var ok = operator.multipart("/api/v1/systems/" + id + "/evidence", "audit.pdf", "application/pdf", pdf);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(ok.json().path("sha256").asString()).isEqualTo(expected);
        var fake = operator.multipart("/api/v1/systems/" + id + "/evidence", "virus.pdf", "application/pdf", "MZ executable".getBytes());
        assertThat(fake.status()).isEqualTo(415);
        var exe = operator.multipart("/api/v1/systems/" + id + "/evidence", "x.exe", "application/octet-stream", "MZ".getBytes());
        assertThat(exe.status()).isEqualTo(415);
        assertThat(operator.get("/api/v1/systems/" + id + "/evidence").json()).hasSize(1);
        assertThat(operator.post("/api/v1/systems/" + id + "/evidence", Map.of("link", "http://insecure.example")).status()).isEqualTo(400);
    }

    @Test
    void theCsvExportIsQuotedAndKeepsKazakhText() {
        String name = "Әлеуметтік көмек, \"пилот\" " + UUID.randomUUID();
        registered(operator, regulator, name);
        var csv = http.get("/api/v1/public/register.csv?q=" + java.net.URLEncoder.encode(name.substring(0, 12), StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,name,operator,sector,status,risk_class");
        assertThat(csv.body()).contains("\"" + name.replace("\"", "\"\"") + "\"");
    }

    @Test
    void onlyRegisteredSystemsLogDecisionsInTheLedger() {
        UUID draft = UUID.fromString(operator.post("/api/v1/systems", system("D " + UUID.randomUUID())).json().path("id").asString());
        assertThat(operator.post("/api/v1/ledger/decisions", kz.senim.ledger.LedgerIntegrationTest.decision(draft, "x")).status())
                .isEqualTo(404);
        UUID live = registered(operator, regulator, "L " + UUID.randomUUID());
        assertThat(operator.post("/api/v1/ledger/decisions", kz.senim.ledger.LedgerIntegrationTest.decision(live, "eligible")).status())
                .isEqualTo(201);
        regulator.post("/api/v1/systems/" + live + "/transitions", Map.of("to", "SUSPENDED"));
        regulator.post("/api/v1/systems/" + live + "/transitions", Map.of("to", "RETIRED"));
        assertThat(operator.post("/api/v1/ledger/decisions", kz.senim.ledger.LedgerIntegrationTest.decision(live, "x")).status())
                .isEqualTo(404);
    }

    @Test
    void theDemoRegisterHasPublicSystemsAndNoDrafts() {
        var all = http.get("/api/v1/public/register.json").json();
        assertThat(all.valueStream().map(e -> e.path("name").asString()).toList())
                .contains("Digital Family Card: welfare eligibility scoring").doesNotContain("Retail credit scoring");
        var welfare = all.valueStream().filter(e -> e.path("name").asString().startsWith("Digital Family Card")).findFirst().orElseThrow();
        assertThat(welfare.path("riskClass").asString()).isEqualTo("HIGH");
        assertThat(http.get("/public/register/" + welfare.path("id").asString()).status()).isEqualTo(200);
    }
}
