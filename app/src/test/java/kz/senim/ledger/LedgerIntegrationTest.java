package kz.senim.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.senim.cli.ReceiptVerifier;
import kz.senim.ledger.internal.LedgerTestSystems;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SenimIntegrationTest
@Import(LedgerTestSystems.class)
public class LedgerIntegrationTest {

    static final String IIN = "900101300259";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fixtures;
    UUID org;
    UUID system;
    Http operator;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new Fixtures(http);
        org = fixtures.organization("STATE_BODY");
        system = UUID.randomUUID();
        LedgerTestSystems.OPERATORS.put(system, org);
        operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD)).lang("en");
    }

    public static Map<String, Object> decision(UUID system, String outcome) {
        Map<String, Object> d = new HashMap<>();
        d.put("systemId", system.toString());
        d.put("systemVersion", "1.0");
        d.put("modelVersion", "welfare-scorer-2026.03");
        d.put("datasetVersion", "registry-snapshot-2026-10");
        d.put("parametersDigest", "sha256:" + "ab".repeat(32));
        d.put("inputCommitment", "sha256:" + "cd".repeat(32));
        d.put("outcome", outcome);
        d.put("human", Map.of("involved", true, "by", "Specialist 12", "overrodeAi", false));
        d.put("occurredAt", Instant.parse("2026-11-20T10:15:30Z").toString());
        d.put("subjectIin", IIN);
        d.put("dataUsed", Map.of("declaredIncome", 120000, "children", 3));
        return d;
    }

    String key() {
        return http.get("/ledger/key").body().trim();
    }

    JsonNode receipt(Http as, long index) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var r = as.get("/api/v1/ledger/entries/" + index + "/receipt");
            if (r.status() == 200) {
                return r.json();
            }
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            Thread.sleep(100);
        }
        throw new AssertionError("entry " + index + " never reached a checkpoint");
    }

    @Test
    void aLoggedDecisionGetsAReceiptThatVerifiesOfflineWithTheLogKeyOnly() throws Exception {
        var appended = operator.post("/api/v1/ledger/decisions", decision(system, "eligible"));
        assertThat(appended.status()).as(appended.body()).isEqualTo(201);
        long index = appended.json().path("index").asLong();

        JsonNode receipt = receipt(operator, index);
        assertThat(receipt.path("record").path("outcome").asString()).isEqualTo("eligible");
        assertThat(receipt.path("record").path("subjectIin").asString()).isEqualTo(IIN);
        var result = ReceiptVerifier.verify(receipt, key());
        assertThat(result.ok()).as(result.reason()).isTrue();

        // The public leaf carries no personal data.
        String leaf = new String(java.util.Base64.getDecoder().decode(receipt.path("leaf").asString()));
        assertThat(leaf).doesNotContain(IIN).doesNotContain("120000").contains("\"kind\":\"DECISION\"");
        // A receipt signed by another key is refused.
        var other = kz.senim.tlog.NoteKeys.generate("senim.kz/ledger");
        assertThat(ReceiptVerifier.verify(receipt, other.verifierKey()).ok()).isFalse();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameIndexAndAnotherBodyIsAConflict() {
        var body = decision(system, "not eligible");
        var first = operator.header("Idempotency-Key", "case-77").post("/api/v1/ledger/decisions", body);
        var again = operator.header("Idempotency-Key", "case-77").post("/api/v1/ledger/decisions", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("index").asLong()).isEqualTo(first.json().path("index").asLong());
        assertThat(again.json().path("replay").asBoolean()).isTrue();

        long before = count();
        var conflict = operator.header("Idempotency-Key", "case-77").post("/api/v1/ledger/decisions", decision(system, "eligible"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("code").asString()).isEqualTo("ledger-key-reused");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void operatorsLogOnlyForTheirOwnSystems() {
        UUID foreign = UUID.randomUUID();
        LedgerTestSystems.OPERATORS.put(foreign, fixtures.organization("COMPANY"));
        long before = count();
        assertThat(operator.post("/api/v1/ledger/decisions", decision(foreign, "x")).status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/ledger/decisions", decision(UUID.randomUUID(), "x")).status()).isEqualTo(404);
        Http citizen = http.bearer(http.login("citizen", Fixtures.DEMO_PASSWORD));
        assertThat(citizen.post("/api/v1/ledger/decisions", decision(system, "x")).status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anotherOrganizationCannotReadEntriesOrLearnThatTheyExist() {
        long index = operator.post("/api/v1/ledger/decisions", decision(system, "eligible")).json().path("index").asLong();
        Http stranger = http.bearer(http.login(fixtures.account(fixtures.organization("COMPANY"), "OPERATOR"), Fixtures.PASSWORD));
        var r = stranger.get("/api/v1/ledger/entries/" + index);
        var missing = stranger.get("/api/v1/ledger/entries/999999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(r.json().path("detail").asString()).isEqualTo(missing.json().path("detail").asString());
    }

    @Test
    void badRecordsAreRefusedWithFieldErrors() {
        var bad = decision(system, "x");
        bad.put("parametersDigest", "md5:123");
        bad.remove("human");
        var r = operator.post("/api/v1/ledger/decisions", bad);
        assertThat(r.status()).isEqualTo(400);
        var fields = r.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).contains("parametersDigest", "human");
        var huge = decision(system, "x");
        huge.put("dataUsed", Map.of("blob", "x".repeat(70_000)));
        assertThat(operator.post("/api/v1/ledger/decisions", huge).status()).isEqualTo(413);
    }

    @Test
    void erasureMakesThePayloadUnreadableWhileTheLogStillVerifies() throws Exception {
        long index = operator.post("/api/v1/ledger/decisions", decision(system, "eligible")).json().path("index").asLong();
        receipt(operator, index);
        assertThat(operator.post("/api/v1/ledger/entries/" + index + "/erasure", Map.of("reason", "court order 12/2026")).status())
                .isEqualTo(204);
        var entry = operator.get("/api/v1/ledger/entries/" + index).json();
        assertThat(entry.path("erased").asBoolean()).isTrue();
        assertThat(entry.path("record").isNull() || entry.path("record").isMissingNode()).isTrue();
        JsonNode receipt = receipt(operator, index);
        assertThat(receipt.has("record")).isFalse();
        assertThat(ReceiptVerifier.verify(receipt, key()).ok()).isTrue();
        assertThat(jdbc.sql("select count(*) from ledger_entry_key where idx = ?").param(index).query(Long.class).single()).isZero();
    }

    @Test
    void aPersonsEntriesAreFoundByKeyedHashNeverByTheStoredIin() {
        operator.post("/api/v1/ledger/decisions", decision(system, "eligible"));
        var found = operator.post("/api/v1/ledger/subject-search", Map.of("iin", IIN));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().size()).isPositive();
        Long plain = jdbc.sql("""
                select count(*) from ledger_entry where encode(leaf, 'escape') like ? or encode(coalesce(subject_key, ''::bytea), 'hex') like ?""")
                .params("%" + IIN + "%", "%" + IIN + "%").query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void concurrentAppendsGetDistinctConsecutiveIndicesAndTheTreeAgrees() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 320; i++) {
            int n = i;
            futures.add(pool.submit(() -> operator.header("Idempotency-Key", "c-" + system + "-" + n)
                    .post("/api/v1/ledger/decisions", decision(system, "o" + n)).json().path("index").asLong()));
        }
        Set<Long> indices = new HashSet<>();
        for (Future<Long> f : futures) {
            indices.add(f.get());
        }
        pool.shutdown();
        assertThat(indices).hasSize(320);
        long max = jdbc.sql("select next_index from ledger_state").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(max);
        assertThat(jdbc.sql("select coalesce(max(idx), -1) from ledger_entry").query(Long.class).single()).isEqualTo(max - 1);
        receipt(operator, indices.stream().max(Long::compare).orElseThrow());
    }

    @Test
    void aBatchIsLoggedInOrderAndAReusedKeyRefusesOnlyItsItem() {
        var first = decision(system, "a");
        first.put("idempotencyKey", "batch-" + system);
        operator.post("/api/v1/ledger/decisions", first);
        var reused = decision(system, "different");
        reused.put("idempotencyKey", "batch-" + system);
        var r = operator.post("/api/v1/ledger/decisions/batch",
                Map.of("decisions", List.of(decision(system, "b"), reused, decision(system, "c"))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var items = r.json();
        assertThat(items.get(0).path("index").asLong()).isLessThan(items.get(2).path("index").asLong());
        assertThat(items.get(1).path("error").asString()).isEqualTo("ledger-key-reused");
        // One invalid item refuses the whole batch before anything is logged.
        long before = count();
        var bad = decision(system, "d");
        bad.put("inputCommitment", "nope");
        assertThat(operator.post("/api/v1/ledger/decisions/batch", Map.of("decisions", List.of(decision(system, "e"), bad))).status())
                .isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
    }

    static Duration patience() {
        return Duration.ofSeconds(10);
    }
}
