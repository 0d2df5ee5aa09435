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
 * clients, next to plain auto-committed INSERTs of rows of the same size into the same PostgreSQL.
 * Not part of the test suite (no *Test name); run:
 * {@code ./mvnw -pl app test -Dtest=LedgerThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
class LedgerThroughputBench {

    private static final Duration RUN = Duration.ofSeconds(10);

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
        UUID system = UUID.randomUUID();
        LedgerTestSystems.OPERATORS.put(system, org);
        Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
        String body = Http.JSON.writeValueAsString(LedgerIntegrationTest.decision(system, "eligible"));
        int rowBytes = jdbc.sql("select coalesce(avg(length(leaf) + length(request_hash) + 60), 300)::int from ledger_entry")
                .query(Integer.class).single();
        jdbc.sql("create table if not exists bench_plain (id bigserial primary key, payload bytea not null)").update();

        String batch = Http.JSON.writeValueAsString(Map.of("decisions",
                java.util.Collections.nCopies(100, LedgerIntegrationTest.decision(system, "eligible"))));
        StringBuilder report = new StringBuilder(
                "| clients | appends/s, one per request | appends/s, 100 per request | plain INSERTs/s | ratio (batched / plain) |\n|---|---|---|---|---|\n");
        for (int clients : new int[] {1, 16, 64}) {
            rate(clients, () -> operator.post("/api/v1/ledger/decisions", body)); // warm-up
            double ledger = rate(clients, () -> operator.post("/api/v1/ledger/decisions", body));
            double batched = 100 * rate(clients, () -> operator.post("/api/v1/ledger/decisions/batch", batch));
            double plain = plainInserts(clients, rowBytes);
            report.append(String.format("| %d | %.0f | %.0f | %.0f | %.2f |%n", clients, ledger, batched, plain, batched / plain));
        }
        System.out.println("LEDGER THROUGHPUT (" + RUN.toSeconds() + " s per figure)\n" + report);
    }

    private double rate(int clients, Runnable call) throws Exception {
        AtomicLong done = new AtomicLong();
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
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private double plainInserts(int clients, int rowBytes) throws Exception {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        byte[] payload = new byte[rowBytes];
        return rate(clients, new Runnable() {
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
