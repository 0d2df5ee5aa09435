package kz.senim.gateway.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import kz.senim.guard.FindingType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit records are queued by the call and written in batches by one background thread, so no call waits for
 * the database. None is dropped: a full queue makes calls wait; a failed write is retried until it succeeds;
 * shutdown writes what is queued. Records of the last {@code audit-flush-every} are lost only if the process dies.
 */
@Component
class AuditLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 500;

    record Entry(UUID id, Instant at, UUID organizationId, UUID accountId, String endpoint, String model, String routedModel, UUID upstreamId,
                 String upstreamKind, boolean streamed, String decision, Map<FindingType, Integer> findings,
                 Map<FindingType, Integer> answerFindings, Set<String> hashes, int status, String errorCode,
                 int latencyMs, Integer upstreamMs) {
    }

    private final BlockingQueue<Entry> queue;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final long flushMillis;
    private volatile boolean running;
    private Thread writer;
    private final Object written = new Object();
    private long pending;

    AuditLog(JdbcTemplate jdbc, JsonMapper json, GatewayProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(properties.auditQueue());
        this.flushMillis = properties.auditFlushEvery().toMillis();
    }

    void record(Entry entry) {
        synchronized (written) {
            pending++;
        }
        if (!running) {
            // After the writer stopped nothing would take it from the queue.
            write(List.of(entry));
            return;
        }
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            // Written at once rather than lost.
            write(List.of(entry));
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every record queued so far is in the database (for tests and shutdown). */
    void flush() throws InterruptedException {
        synchronized (written) {
            while (pending > 0) {
                written.wait(1000);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("gateway-audit").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Entry> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }

    /**
     * Started before and stopped after the web server (whose graceful shutdown lets requests in progress
     * finish): calls made during that drain still get through.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (running || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Entry first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    gather(batch);
                }
                queue.drainTo(batch, BATCH - batch.size());
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    if (!batch.isEmpty()) {
                        write(batch);
                    }
                    return;
                }
            } catch (RuntimeException e) {
                // Kept and retried: an audit record is never given up.
                log.error("Gateway audit write failed ({} records kept for retry): {}", batch.size(), e.getClass().getName());
                sleepQuietly();
            }
        }
    }

    /**
     * Collects what arrives within one flush period after the first record: one insert for many calls, instead
     * of a database round trip competing with every call for the CPU.
     */
    private void gather(List<Entry> batch) throws InterruptedException {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(flushMillis);
        while (batch.size() < BATCH && running) {
            long left = due - System.nanoTime();
            Entry next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, BATCH - batch.size());
        }
    }

    /** One statement for the whole batch, its columns passed as arrays: far less work per record than a JDBC batch. */
    private void write(List<Entry> batch) {
        int n = batch.size();
        String[] id = new String[n];
        String[] at = new String[n];
        String[] organization = new String[n];
        String[] account = new String[n];
        String[] endpoint = new String[n];
        String[] model = new String[n];
        String[] upstream = new String[n];
        String[] upstreamKind = new String[n];
        Boolean[] streamed = new Boolean[n];
        String[] decision = new String[n];
        String[] findings = new String[n];
        String[] answerFindings = new String[n];
        String[] hashes = new String[n];
        Integer[] status = new Integer[n];
        String[] errorCode = new String[n];
        Integer[] latency = new Integer[n];
        Integer[] upstreamMs = new Integer[n];
        String[] routedModel = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = batch.get(i);
            id[i] = e.id().toString();
            at[i] = e.at().toString();
            organization[i] = text(e.organizationId());
            account[i] = text(e.accountId());
            endpoint[i] = e.endpoint();
            model[i] = e.model();
            upstream[i] = text(e.upstreamId());
            upstreamKind[i] = e.upstreamKind();
            streamed[i] = e.streamed();
            decision[i] = e.decision();
            findings[i] = json.writeValueAsString(e.findings());
            answerFindings[i] = json.writeValueAsString(e.answerFindings());
            hashes[i] = "{" + String.join(",", e.hashes()) + "}";
            status[i] = e.status();
            errorCode[i] = e.errorCode();
            latency[i] = e.latencyMs();
            upstreamMs[i] = e.upstreamMs();
            routedModel[i] = e.routedModel();
        }
        jdbc.update("""
                insert into gateway_call (id, at, organization_id, account_id, endpoint, model, upstream_id, upstream_kind,
                  streamed, decision, findings, answer_findings, value_hashes, status, error_code, latency_ms, upstream_ms, routed_model)
                select t.id::uuid, t.at::timestamptz, t.org::uuid, t.account::uuid, t.endpoint, t.model, t.upstream::uuid, t.kind,
                       t.streamed, t.decision, t.findings::jsonb, t.answer_findings::jsonb, t.hashes::text[], t.status, t.error_code,
                       t.latency, t.upstream_ms, t.routed_model
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::text[])
                  as t(id, at, org, account, endpoint, model, upstream, kind, streamed, decision, findings, answer_findings, hashes,
                       status, error_code, latency, upstream_ms, routed_model)
                on conflict (id) do nothing""",
                id, at, organization, account, endpoint, model, upstream, upstreamKind, streamed, decision, findings,
                answerFindings, hashes, status, errorCode, latency, upstreamMs, routedModel);
        synchronized (written) {
            pending -= batch.size();
            written.notifyAll();
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
