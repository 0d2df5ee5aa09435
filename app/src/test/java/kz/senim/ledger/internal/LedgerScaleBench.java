package kz.senim.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.senim.ledger.EntryKind;
import kz.senim.support.SenimIntegrationTest;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.Proofs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ledger of N entries (default 1,000,000; -Dsenim.bench.entries=...): storage bytes per entry, inclusion
 * and consistency proof times from the stored tiles, and the full audit time. Not part of the suite; run
 * {@code ./mvnw -pl app -am test -Dtest=LedgerScaleBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
class LedgerScaleBench {

    @Autowired
    LedgerService ledger;

    @Autowired
    Integrator integrator;

    @Autowired
    TileStore tiles;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        long n = Long.getLong("senim.bench.entries", 1_000_000L);
        UUID org = UUID.randomUUID();
        UUID system = UUID.randomUUID();
        ObjectNode record = Canonical.JSON.createObjectNode();
        record.put("outcome", "eligible");
        record.put("modelVersion", "welfare-scorer-2026.03");
        record.put("inputCommitment", "sha256:" + "ab".repeat(32));
        record.put("parametersDigest", "sha256:" + "cd".repeat(32));
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 256; t++) {
                all.add(pool.submit(() -> {
                    while (next.getAndIncrement() < n) {
                        ledger.appendChecked(EntryKind.DECISION, org, system, null, record, "900101300259");
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        long size = 0;
        while ((size = integrator.tree().size()) < n) {
            integrator.integrate();
        }
        long bytes = jdbc.sql("""
                select sum(pg_total_relation_size(c)) from unnest(array['ledger_entry', 'ledger_payload', 'ledger_entry_key',
                  'ledger_tile', 'ledger_checkpoint']::regclass[]) as c""").query(Long.class).single();

        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            Proofs.inclusion(Math.floorMod(random.nextLong(), size), size, tiles.reader(size));
        }
        int rounds = 5000;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            Proofs.inclusion(Math.floorMod(random.nextLong(), size), size, tiles.reader(size));
        }
        double inclusionMicros = (System.nanoTime() - t0) / 1e3 / rounds;
        t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            Proofs.consistency(1 + Math.floorMod(random.nextLong(), size - 1), size, tiles.reader(size));
        }
        double consistencyMicros = (System.nanoTime() - t0) / 1e3 / rounds;

        var client = new kz.senim.cli.LogAuditor("http://localhost:" + port + "/ledger");
        Checkpoint cp = client.checkpoint();
        t0 = System.nanoTime();
        Long bad = client.audit(cp);
        double auditSeconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("LEDGER SCALE%n| entries | %d |%n| in-process appends/s (256 appenders) | %.0f |%n"
                        + "| storage bytes per entry (entries, payloads, keys, tiles, checkpoints) | %.0f |%n"
                        + "| inclusion proof from stored tiles | %.1f µs |%n| consistency proof from stored tiles | %.1f µs |%n"
                        + "| full audit over HTTP | %.1f s (%.1f s per million), first disagreement: %s |%n",
                size, n / appendSeconds, (double) bytes / size, inclusionMicros, consistencyMicros, auditSeconds,
                auditSeconds * 1_000_000 / size, bad);
    }
}
