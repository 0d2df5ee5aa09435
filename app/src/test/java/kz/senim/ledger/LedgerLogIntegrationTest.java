package kz.senim.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kz.senim.cli.ReceiptVerifier;
import kz.senim.cli.SenimCli;
import kz.senim.ledger.internal.LedgerTestSystems;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.Ed25519Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The log as outsiders check it: public checkpoint and tiles, the CLI's monitor and audit, and tampering caught. */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
@ExtendWith(OutputCaptureExtension.class)
class LedgerLogIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Http operator(Http http, UUID system) {
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        LedgerTestSystems.OPERATORS.put(system, org);
        return http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
    }

    private long append(Http operator, UUID system, int n) {
        return operator.post("/api/v1/ledger/decisions", LedgerIntegrationTest.decision(system, "outcome " + n))
                .json().path("index").asLong();
    }

    private JsonNode receipt(Http as, long index) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var r = as.get("/api/v1/ledger/entries/" + index + "/receipt");
            if (r.status() == 200) {
                return r.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no receipt for " + index);
    }

    @Test
    void theCheckpointIsASignedNoteAndTheTilesRebuildIt(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        UUID system = UUID.randomUUID();
        Http operator = operator(http, system);
        long last = 0;
        for (int i = 0; i < 300; i++) {
            last = append(operator, system, i);
        }
        receipt(operator, last);
        String key = http.get("/ledger/key").body().trim();
        Checkpoint cp = Checkpoint.open(http.get("/ledger/checkpoint").body(), "senim.kz/ledger", java.util.List.of(Ed25519Verifier.parse(key)));
        assertThat(cp.size()).isGreaterThan(last);
        assertThat(http.get("/ledger/tile/0/000").status()).isEqualTo(200);
        assertThat(http.get("/ledger/tile/0/000").body().length()).isPositive();
        assertThat(http.get("/ledger/tile/nonsense").status()).isEqualTo(400);
        assertThat(http.get("/ledger/tile/5/000").status()).isEqualTo(404);

        String log = "http://localhost:" + port + "/ledger";
        Path state = dir.resolve("witness");
        assertThat(SenimCli.run("ledger", "monitor", "--log", log, "--key", key, "--state", state.toString())).isZero();
        for (int i = 0; i < 20; i++) {
            last = append(operator, system, i);
        }
        receipt(operator, last);
        assertThat(SenimCli.run("ledger", "monitor", "--log", log, "--key", key, "--state", state.toString())).isZero();
        assertThat(output.getOut()).contains("CONSISTENT:");
        assertThat(SenimCli.run("ledger", "audit", "--log", log, "--key", key)).isZero();
        assertThat(output.getOut()).contains("every tile and the root agree");
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedByTheAuditAndItsReceiptFails(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        UUID system = UUID.randomUUID();
        Http operator = operator(http, system);
        long target = append(operator, system, 1);
        long last = append(operator, system, 2);
        receipt(operator, last);
        String key = http.get("/ledger/key").body().trim();
        String log = "http://localhost:" + port + "/ledger";

        // Someone with database access rewrites the entry's outcome commitment.
        jdbc.sql("update ledger_entry set leaf = convert_to(replace(convert_from(leaf, 'UTF8'), '\"kind\":\"DECISION\"', '\"kind\":\"LIFECYCLE\"'), 'UTF8') where idx = ?")
                .param(target).update();
        try {
            assertThat(SenimCli.run("ledger", "audit", "--log", log, "--key", key)).isEqualTo(1);
            assertThat(output.getErr()).contains("MISMATCH at entry " + target);
            JsonNode receipt = receipt(operator, target);
            var result = ReceiptVerifier.verify(receipt, key);
            assertThat(result.ok()).isFalse();
            assertThat(result.reason()).contains("entry " + target);

            Path file = dir.resolve("receipt.json");
            Files.writeString(file, receipt.toString());
            assertThat(SenimCli.run("ledger", "verify-receipt", file.toString(), "--key", key)).isEqualTo(1);
        } finally {
            jdbc.sql("update ledger_entry set leaf = convert_to(replace(convert_from(leaf, 'UTF8'), '\"kind\":\"LIFECYCLE\"', '\"kind\":\"DECISION\"'), 'UTF8') where idx = ?")
                    .param(target).update();
        }
    }

    @Test
    void malformedReceiptsGetAReasonNotATrace() {
        Http http = new Http(port);
        String key = http.get("/ledger/key").body().trim();
        var garbage = Http.JSON.readTree("{\"format\":\"senim-ledger-receipt/1\",\"index\":3,\"checkpoint\":\"not a note\"}");
        var result = ReceiptVerifier.verify(garbage, key);
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isNotBlank();
        assertThat(ReceiptVerifier.verify(Http.JSON.readTree("{}"), key).reason()).contains("not a Senim ledger receipt");
    }
}
