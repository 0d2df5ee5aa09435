package kz.senim.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import kz.senim.ledger.LedgerIntegrationTest;
import kz.senim.ledger.internal.LedgerTestSystems;
import kz.senim.rights.RightsFixtures;
import kz.senim.support.CpuMeter;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Durable, acknowledged ledger appends per second through the REST API with 1, 16 and 64 concurrent
 * clients, for a registered high-risk system, next to plain auto-committed INSERTs of rows of the same size into the same PostgreSQL.
 * Not part of the test suite (no *Test name); run:
 * {@code ./mvnw -pl app test -Dtest=LedgerThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
class LedgerThroughputBench {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
        // A registered high-risk system: every decision also gets its rights state (pending sign-off).
        Http regulator = http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD));
        UUID system = RightsFixtures.registered(operator, regulator, "Bench " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        LedgerTestSystems.OPERATORS.put(system, org);
        String body = Http.JSON.writeValueAsString(LedgerIntegrationTest.decision(system, "eligible"));
        int rowBytes = jdbc.sql("select coalesce(avg(length(leaf) + length(request_hash) + 60), 300)::int from ledger_entry")
                .query(Integer.class).single();
        jdbc.sql("create table if not exists bench_plain (id bigserial primary key, payload bytea not null)").update();

        String batch = Http.JSON.writeValueAsString(Map.of("decisions",
                java.util.Collections.nCopies(100, LedgerIntegrationTest.decision(system, "eligible"))));
        cpu = new CpuMeter(jdbc);
        StringBuilder report = new StringBuilder("""
                | clients | appends/s, one per request | appends/s, 100 per request | plain INSERTs/s | ratio (batched / plain) \
                | CPU µs per append, one per request / 100 per request (JVM + PostgreSQL) | CPU µs per plain INSERT |
                |---|---|---|---|---|---|---|
                """);
        // Warm-up of both paths until the JIT has compiled them: on two cores the compiler threads would
        // otherwise take a third of the CPU of the first figures.
        for (int round = 0; round < 2; round++) {
            rate(16, 1, () -> operator.post("/api/v1/ledger/decisions", body));
            rate(16, 100, () -> operator.post("/api/v1/ledger/decisions/batch", batch));
        }
        if (Boolean.getBoolean("bench.single-only")) { // to profile the one-per-request path alone
            awaitIntegrated();
            System.out.printf("LEDGER SINGLE %.0f appends/s%n", rate(16, 1, () -> operator.post("/api/v1/ledger/decisions", body)));
            return;
        }
        for (String n : System.getProperty("bench.clients", "1,16,64").split(",")) {
            int clients = Integer.parseInt(n.strip());
            awaitIntegrated();
            double ledger = rate(clients, 1, () -> operator.post("/api/v1/ledger/decisions", body));
            String singleCpu = lastCpu;
            awaitIntegrated();
            double batched = rate(clients, 100, () -> operator.post("/api/v1/ledger/decisions/batch", batch));
            String batchedCpu = lastCpu;
            awaitIntegrated();
            double plain = plainInserts(clients, rowBytes);
            report.append(String.format("| %d | %.0f | %.0f | %.0f | %.2f | %s | %s |%n", clients, ledger, batched, plain,
                    batched / plain, singleCpu + " / " + batchedCpu, lastCpu));
        }
        System.out.println("LEDGER THROUGHPUT (" + RUN.toSeconds() + " s per figure)\n" + report);
    }

    /** Lets the tree catch up with what was sequenced, so that its work is not counted in the next figure. */
    private void awaitIntegrated() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select (select size from ledger_tree) < (select next_index from ledger_state)")
                .query(Boolean.class).single()) {
            Thread.sleep(100);
        }
    }

    private CpuMeter cpu;
    private String lastCpu;

    /** Operations per second, where each call does {@code perCall} of them. */
    private double rate(int clients, int perCall, Runnable call) throws Exception {
        AtomicLong done = new AtomicLong();
        CpuMeter.Reading before = cpu.read();
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    call.run();
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        lastCpu = cpu.read().minus(before).perOperation(done.get() * perCall);
        return done.get() * perCall / seconds;
    }

    private double plainInserts(int clients, int rowBytes) throws Exception {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        byte[] payload = new byte[rowBytes];
        return rate(clients, 1, new Runnable() {
            final ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
                try {
                    return java.sql.DriverManager.getConnection(url, "postgres", "");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            @Override
            public void run() {
                try (PreparedStatement ps = connection.get().prepareStatement("insert into bench_plain (payload) values (?)")) {
                    ps.setBytes(1, payload);
                    ps.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }
}
