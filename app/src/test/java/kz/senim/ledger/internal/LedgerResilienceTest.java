package kz.senim.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import kz.senim.SenimApplication;
import kz.senim.cli.SenimCli;
import kz.senim.ledger.LedgerIntegrationTest;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No gaps, duplicates or forks: with a second application instance on the same database, and across a
 * kill -9 of the process in the middle of appends.
 */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
class LedgerResilienceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    LedgerProperties properties;

    @TempDir
    Path dir;

    record Setup(UUID system, UUID org, String token) {
    }

    private Setup setup() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        UUID system = UUID.randomUUID();
        LedgerTestSystems.OPERATORS.put(system, org);
        return new Setup(system, org, http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
    }

    private String url() {
        return ((HikariDataSource) dataSource).getJdbcUrl();
    }

    private void assertContiguous() {
        long next = jdbc.sql("select next_index from ledger_state").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(next);
        assertThat(jdbc.sql("select coalesce(max(idx), -1) from ledger_entry").query(Long.class).single()).isEqualTo(next - 1);
        assertThat(jdbc.sql("select count(*) from ledger_payload").query(Long.class).single()).isEqualTo(next);
    }

    private void awaitIntegrated() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long next = jdbc.sql("select next_index from ledger_state").query(Long.class).single();
            long size = jdbc.sql("select size from ledger_tree").query(Long.class).single();
            if (size == next) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("integration did not catch up");
    }

    private void audit() {
        String key = new Http(port).get("/ledger/key").body().trim();
        assertThat(SenimCli.run("ledger", "audit", "--log", "http://localhost:" + port + "/ledger", "--key", key)).isZero();
    }

    @Test
    void twoInstancesOnOneDatabaseNeverForkTheLog() throws Exception {
        Setup s = setup();
        int otherPort = freePort();
        try (var second = new SpringApplicationBuilder(SenimApplication.class, LedgerTestSystems.class).run(
                "--server.port=" + otherPort, "--spring.datasource.url=" + url(), "--spring.datasource.username=postgres",
                "--senim.data-dir=" + dir, "--senim.ledger.keys-dir=" + properties.keysDir().toAbsolutePath(),
                "--logging.structured.format.console=", "--spring.main.banner-mode=off")) {
            Http a = new Http(port).bearer(s.token());
            Http b = new Http(otherPort).bearer(s.token());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<java.util.concurrent.Future<Long>> acks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Http target = i % 2 == 0 ? a : b;
                int n = i;
                acks.add(pool.submit(() -> target.header("Idempotency-Key", "two-" + n)
                        .post("/api/v1/ledger/decisions", LedgerIntegrationTest.decision(s.system(), "o" + n)).json().path("index").asLong()));
            }
            java.util.Set<Long> indices = new java.util.HashSet<>();
            for (var f : acks) {
                indices.add(f.get());
            }
            pool.shutdown();
            assertThat(indices).hasSize(400);
            assertContiguous();
            awaitIntegrated();
            // Both instances serve the same, consistent checkpoint history.
            assertThat(new Http(otherPort).get("/ledger/checkpoint").body()).isEqualTo(new Http(port).get("/ledger/checkpoint").body());
            audit();
        }
    }

    @Test
    void aKilledProcessLosesNoAcknowledgedEntryAndLeavesNoGap() throws Exception {
        Setup s = setup();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        int childPort = freePort();
        Process child = startChild(s, childPort);
        try {
            awaitUp(childPort, child);
            Http c = new Http(childPort).bearer(s.token());
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            for (int t = 0; t < 16; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String key = "crash-" + thread + "-" + i;
                        try {
                            var r = c.header("Idempotency-Key", key)
                                    .post("/api/v1/ledger/decisions", LedgerIntegrationTest.decision(s.system(), key));
                            if (r.status() == 201 || r.status() == 200) {
                                acknowledged.put(key, r.json().path("index").asLong());
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            while (acknowledged.size() < 300) {
                Thread.sleep(20);
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        // Every acknowledged entry is there with its index; nothing half-written, no gap.
        assertContiguous();
        for (var ack : acknowledged.entrySet()) {
            assertThat(jdbc.sql("select idx from ledger_entry where idempotency_key = ?").param(ack.getKey()).query(Long.class).single())
                    .as(ack.getKey()).isEqualTo(ack.getValue());
        }
        // After the crash the log goes on and still verifies.
        Http again = new Http(port).bearer(s.token());
        var retry = again.header("Idempotency-Key", acknowledged.keySet().iterator().next())
                .post("/api/v1/ledger/decisions", LedgerIntegrationTest.decision(s.system(), acknowledged.keySet().iterator().next()));
        assertThat(retry.status()).isEqualTo(200);
        awaitIntegrated();
        audit();
    }

    private Process startChild(Setup s, int childPort) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dsenim.test.system=" + s.system() + ":" + s.org(), LedgerChildApp.class.getName(),
                "--server.port=" + childPort, "--spring.datasource.url=" + url(), "--spring.datasource.username=postgres",
                "--senim.data-dir=" + dir, "--senim.ledger.keys-dir=" + properties.keysDir().toAbsolutePath(),
                "--logging.structured.format.console=", "--spring.main.banner-mode=off");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static void awaitUp(int port, Process child) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!child.isAlive()) {
                throw new AssertionError("the child application exited");
            }
            try {
                if (new Http(port).get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child application did not start");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
