package kz.senim.ledger.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.senim.ledger.EntryKind;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appends per second inside the process (no HTTP), to separate the sequencer's cost from the web stack's.
 * Run: {@code ./mvnw -pl app test -Dtest=LedgerServiceBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SenimIntegrationTest
@Import(LedgerTestSystems.class)
class LedgerServiceBench {

    @Autowired
    LedgerService ledger;

    @Test
    void measure() throws Exception {
        UUID org = UUID.randomUUID();
        UUID system = UUID.randomUUID();
        ObjectNode record = Canonical.JSON.createObjectNode();
        record.put("outcome", "eligible");
        record.put("modelVersion", "m-1");
        record.put("inputCommitment", "sha256:" + "ab".repeat(32));
        StringBuilder out = new StringBuilder("| clients | in-process appends/s |\n|---|---|\n");
        for (int clients : new int[] {1, 16, 64, 256}) {
            rate(clients, () -> ledger.appendChecked(EntryKind.DECISION, org, system, null, record, "900101300259"));
            double r = rate(clients, () -> ledger.appendChecked(EntryKind.DECISION, org, system, null, record, "900101300259"));
            out.append(String.format("| %d | %.0f |%n", clients, r));
        }
        System.out.println("LEDGER SERVICE\n" + out);
    }

    private static double rate(int clients, Runnable call) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
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
}
