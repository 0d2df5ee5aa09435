package kz.senim.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicLong;
import kz.senim.guard.LeakGuard;
import kz.senim.support.CpuMeter;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the gateway adds to a 4 KB chat prompt (with an IIN and a name to pseudonymize) against a fast local
 * upstream that answers a fixed completion: latency p50/p99 of one sequential client, straight to the upstream
 * and through the gateway (alternately), and requests/s of 16 concurrent clients both ways, in one run.
 * Not part of the test suite (no *Test name); run:
 * {@code ./mvnw -pl app -am test -Dtest=GatewayLatencyBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SenimIntegrationTest
class GatewayLatencyBench {

    private static final int WARMUP = 3000;
    private static final int SAMPLES = 5000;
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final byte[] ANSWER = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1767225600,\"model\":\"fixed\","
            + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":"
            + "\"The letter for [PERSON_NAME_1] ([IIN_1]) is ready.\"}}]}").getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private CpuMeter cpu;

    @Test
    void measure() throws Exception {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        upstream.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        upstream.createContext("/v1/chat/completions", x -> {
            x.getRequestBody().readAllBytes();
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, ANSWER.length);
            x.getResponseBody().write(ANSWER);
            x.close();
        });
        upstream.start();
        try (Relay relay = new Relay(upstream.getAddress())) {
            Http http = new Http(port);
            Fixtures fixtures = new Fixtures(http);
            UUID org = fixtures.organization("STATE_BODY");
            Http operator = http.bearer(http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD));
            String base = "http://127.0.0.1:" + upstream.getAddress().getPort() + "/v1";
            operator.post("/api/v1/gateway/organizations/" + org + "/upstreams", Map.of("name", "fast", "kind", "EXTERNAL",
                    "baseUrl", base, "models", List.of(Map.of("alias", "fixed", "upstreamModel", "fixed"))));
            String token = http.login(fixtures.account(org, "OPERATOR"), Fixtures.PASSWORD);
            String prompt = prompt();
            byte[] body = Http.JSON.writeValueAsBytes(Map.of("model", "fixed",
                    "messages", List.of(Map.of("role", "user", "content", prompt))));

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest direct = HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpRequest relayed = HttpRequest.newBuilder(direct, (name, value) -> true)
                    .uri(URI.create("http://127.0.0.1:" + relay.port() + "/v1/chat/completions")).build();
            HttpRequest gateway = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            check(client, gateway);
            // The floor set by the web stack alone: an authenticated call that the gateway answers without scanning or an upstream.
            HttpRequest models = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/models"))
                    .header("Authorization", "Bearer " + token).GET().build();

            cpu = new CpuMeter(jdbc);
            long[][] all = latencies(client, direct, gateway, relayed);
            long[] d = all[0];
            long[] g = all[1];
            long[] r = all[2];
            // The concurrent path has code of its own (contention, pools) to compile: warm it up too.
            warmConcurrent(client, direct, gateway, models, relayed);
            Rate directRate = rate(client, direct, 16);
            Rate relayRate = rate(client, relayed, 16);
            Rate gatewayRate = profiled(() -> rate(client, gateway, 16));
            Rate modelsRate = rate(client, models, 16);
            long[] scan = scanTimes(prompt);
            long[] handoff = handoffs();
            System.out.printf("""
                    GATEWAY BENCH (prompt %d chars, %d sequential samples after %d warm-up; %d s per rate)
                    | path | p50 | p99 |
                    |---|---|---|
                    | straight to the upstream | %.3f ms | %.3f ms |
                    | through the gateway | %.3f ms | %.3f ms |
                    | added by the gateway | %.3f ms | %.3f ms |
                    | leak-guard scan of the prompt alone (in process) | %.3f ms | %.3f ms |
                    requests/s, 16 clients: straight %.0f, through the gateway %.0f (%.0f %%); GET /v1/models (web stack and token check only) %.0f; requests retried on a closed connection: %d
                    p90 / p95 / p99.9: straight %.3f / %.3f / %.3f ms, through the gateway %.3f / %.3f / %.3f ms
                    slowest 1 %% of the sequential samples that overlapped one of the %d collector pauses meanwhile: straight %d, through the gateway %d of %d
                    CPU per request (this JVM: load generator, upstream and gateway; + PostgreSQL), µs: straight %s, through the gateway %s, GET /v1/models %s; so the gateway's own share is %.0f µs
                    a hand-off from one thread to another and back, the partner idle before (what each hop of a call waits for at least): p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms
                    through a relay that only copies bytes between two TCP connections (the floor under any proxy here): p50 %.3f ms, p99 %.3f ms, added %.3f / %.3f ms; requests/s, 16 clients: %.0f (%.0f %% of straight); CPU per request %s µs, the relay's own share %.0f µs
                    """, prompt.length(), SAMPLES, WARMUP, RUN.toSeconds(),
                    ms(p(d, 50)), ms(p(d, 99)), ms(p(g, 50)), ms(p(g, 99)), ms(p(g, 50) - p(d, 50)), ms(p(g, 99) - p(d, 99)),
                    ms(p(scan, 50)), ms(p(scan, 99)), directRate.perSecond, gatewayRate.perSecond,
                    100 * gatewayRate.perSecond / directRate.perSecond, modelsRate.perSecond, RETRIED.get(),
                    ms(p(d, 90)), ms(p(d, 95)), ms(p(d, 99.9)), ms(p(g, 90)), ms(p(g, 95)), ms(p(g, 99.9)),
                    gcPauses, slowestSeeGc[0], slowestSeeGc[1], SAMPLES / 100,
                    directRate.cpuPerRequest(), gatewayRate.cpuPerRequest(), modelsRate.cpuPerRequest(),
                    gatewayRate.cpuMicros() - directRate.cpuMicros(),
                    ms(p(handoff, 50)), ms(p(handoff, 99)), ms(p(handoff, 99.9)),
                    ms(p(r, 50)), ms(p(r, 99)), ms(p(r, 50) - p(d, 50)), ms(p(r, 99) - p(d, 99)), relayRate.perSecond,
                    100 * relayRate.perSecond / directRate.perSecond, relayRate.cpuPerRequest(),
                    relayRate.cpuMicros() - directRate.cpuMicros());
        } finally {
            upstream.stop(0);
        }
    }

    /** About 4 KB of Kazakh, Russian and English office text with one IIN and one name. */
    static String prompt() {
        String[] parts = {
                "Құрметті әріптестер, әлеуметтік көмек туралы өтінішті қарап, қысқаша жауап хат дайындаңыздар. ",
                "Прошу подготовить ответ заявителю о назначении адресной социальной помощи в установленный срок. ",
                "Please summarise the applicant's situation and list the documents still missing from the file. ",
        };
        StringBuilder b = new StringBuilder("Заявитель Ержан Болатұлы Сейтқалиев, ИИН 850315350124. ");
        for (int i = 0; b.length() < 4096; i++) {
            b.append(parts[i % parts.length]);
        }
        return b.substring(0, 4096);
    }

    private static void check(HttpClient client, HttpRequest gateway) throws Exception {
        HttpResponse<String> r = client.send(gateway, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("850315350124")) {
            throw new IllegalStateException("gateway answer not as expected: " + r.statusCode());
        }
    }

    /**
     * Latencies of the requests, sent in turn, so that all see the same moments of the machine (its background
     * work, other processes): their percentiles then differ by what the gateway (or the relay) adds. The collector
     * pauses are matched against the first two, straight and through the gateway.
     */
    private static long[][] latencies(HttpClient client, HttpRequest... requests) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            for (HttpRequest r : requests) {
                send(client, r);
            }
        }
        awaitQuietCompiler(() -> {
            for (HttpRequest r : requests) {
                send(client, r);
            }
        });
        long[][] t = new long[requests.length][SAMPLES];
        long[][] at = new long[requests.length][SAMPLES];
        GcPauses pauses = new GcPauses();
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < requests.length; k++) {
                long s;
                do {
                    s = System.nanoTime();
                } while (!send(client, requests[k]));
                t[k][i] = System.nanoTime() - s;
                at[k][i] = s;
            }
        }
        pauses.close();
        slowestSeeGc = new int[] {pauses.slowestOverlapping(t[0], at[0]), pauses.slowestOverlapping(t[1], at[1])};
        gcPauses = pauses.count();
        for (long[] k : t) {
            Arrays.sort(k);
        }
        return t;
    }

    private static int[] slowestSeeGc;
    private static int gcPauses;

    /** The collector's pauses while sampling, to tell how much of the slowest 1 % they explain. */
    private static final class GcPauses implements javax.management.NotificationListener {
        private final List<long[]> windows = new CopyOnWriteArrayList<>();
        private final long startNanos = System.nanoTime()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        private final List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();

        GcPauses() {
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    emitters.add(e);
                }
            }
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo
                        .from((javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
                windows.add(new long[] {startNanos + info.getStartTime() * 1_000_000, startNanos + (info.getEndTime() + 1) * 1_000_000});
            }
        }

        void close() throws Exception {
            for (var e : emitters) {
                e.removeNotificationListener(this);
            }
        }

        int count() {
            return windows.size();
        }

        /** How many of the slowest 1 % of the samples overlapped a pause. */
        int slowestOverlapping(long[] took, long[] startedAt) {
            Integer[] order = new Integer[took.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(took[b], took[a]));
            int hits = 0;
            for (int r = 0; r < took.length / 100; r++) {
                int i = order[r];
                long from = startedAt[i];
                long to = from + took[i];
                if (windows.stream().anyMatch(w -> w[0] < to && w[1] > from)) {
                    hits++;
                }
            }
            return hits;
        }
    }

    /**
     * A proxy that does no work at all: each client connection gets its own connection to the upstream, and two
     * platform threads copy bytes both ways without reading HTTP. Whatever it costs, any proxy on this machine
     * costs at least as much, so its rate and added latency bound what the gateway can reach here.
     */
    private static final class Relay implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(InetSocketAddress upstream) throws IOException {
            server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(() -> accept(upstream));
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept(InetSocketAddress upstream) {
            while (!server.isClosed()) {
                try {
                    Socket in = server.accept();
                    Socket out = new Socket(upstream.getAddress(), upstream.getPort());
                    in.setTcpNoDelay(true);
                    out.setTcpNoDelay(true);
                    open.add(in);
                    open.add(out);
                    Thread.ofPlatform().daemon().start(() -> copy(in, out));
                    Thread.ofPlatform().daemon().start(() -> copy(out, in));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        /** Copies until either side closes, then closes both, so the other direction ends too. */
        private static void copy(Socket from, Socket to) {
            try (from; to) {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException gone) {
                // one side closed: the pair is done
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : open) {
                s.close();
            }
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /**
     * Keeps calling until the JIT compiler is nearly idle (under 20 ms of compiling in a round of calls), at most a
     * minute: on two cores its threads would otherwise take a core from the measured calls.
     */
    private static void awaitQuietCompiler(Call call) throws Exception {
        awaitQuietCompiler(500, call);
    }

    private static void awaitQuietCompiler(int calls, Call call) throws Exception {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long before;
        do {
            before = jit.getTotalCompilationTime();
            for (int i = 0; i < calls; i++) {
                call.run();
            }
        } while (jit.getTotalCompilationTime() - before > 20 && System.nanoTime() < deadline);
    }

    private void warmConcurrent(HttpClient client, HttpRequest... requests) throws Exception {
        for (HttpRequest r : requests) {
            rate(client, r, 16, Duration.ofSeconds(3));
        }
        awaitQuietCompiler(5, () -> {
            for (HttpRequest r : requests) {
                rate(client, r, 16, Duration.ofMillis(200));
            }
        });
    }

    /**
     * Round trips of a value handed to a waiting thread and back, the partner left idle for 0.2 ms before each, as
     * every party of a call is idle while it waits: each hop of a call (poller to worker, worker to upstream and
     * back) pays such a wake-up, which on a virtual machine whose idle CPU is halted costs far more than the work.
     */
    private static long[] handoffs() throws InterruptedException {
        var there = new SynchronousQueue<Long>();
        var back = new SynchronousQueue<Long>();
        Thread partner = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    back.put(there.take());
                }
            } catch (InterruptedException stop) {
                // done
            }
        });
        long[] t = new long[SAMPLES];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < SAMPLES; i++) {
                long s = System.nanoTime();
                there.put(s);
                back.take();
                t[i] = System.nanoTime() - s;
                long idle = System.nanoTime() + 200_000;
                while (System.nanoTime() < idle) {
                    Thread.onSpinWait();
                }
            }
        }
        partner.interrupt();
        Arrays.sort(t);
        return t;
    }

    private static long[] scanTimes(String prompt) {
        LeakGuard guard = LeakGuard.defaults();
        for (int i = 0; i < 20_000; i++) {
            guard.scan(prompt);
        }
        long[] t = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long s = System.nanoTime();
            guard.scan(prompt);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    /** Requests/s of one phase and the CPU it took. */
    record Rate(double perSecond, long requests, CpuMeter.Reading cpu) {
        String cpuPerRequest() {
            return cpu.perOperation(requests);
        }

        double cpuMicros() {
            return (cpu.jvmNanos() + cpu.postgresNanos()) / 1e3 / requests;
        }
    }

    interface Phase {
        Rate run() throws Exception;
    }

    /**
     * With -Dbench.profile=FILE, -Dbench.profiler-lib=…/libasyncProfiler.so and async-profiler's jar given by
     * -Dmaven.test.additionalClasspath, CPU samples of the gateway's rate phase alone go to FILE, in collapsed form.
     */
    private static Rate profiled(Phase phase) throws Exception {
        String file = System.getProperty("bench.profile");
        if (file == null) {
            return phase.run();
        }
        Class<?> ap = Class.forName("one.profiler.AsyncProfiler");
        Object profiler = ap.getMethod("getInstance", String.class).invoke(null, System.getProperty("bench.profiler-lib"));
        var execute = ap.getMethod("execute", String.class);
        execute.invoke(profiler, "start,event=cpu,interval=1ms");
        try {
            return phase.run();
        } finally {
            execute.invoke(profiler, "stop,file=" + file + ",collapsed");
        }
    }

    private Rate rate(HttpClient client, HttpRequest request, int clients) throws Exception {
        return rate(client, request, clients, RUN);
    }

    private Rate rate(HttpClient client, HttpRequest request, int clients, Duration run) throws Exception {
        CpuMeter.Reading before = cpu.read();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + run.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (send(client, request)) {
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double perSecond = done.get() / ((System.nanoTime() - start) / 1e9);
        return new Rate(perSecond, done.get(), cpu.read().minus(before));
    }

    private static final AtomicLong RETRIED = new AtomicLong();

    /**
     * One request; false when a kept-alive connection was closed by the server just as it was reused (Tomcat
     * closes a connection after 100 requests), counted and reported, not timed.
     */
    private static boolean send(HttpClient client, HttpRequest request) throws Exception {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            return true;
        } catch (IOException closed) {
            RETRIED.incrementAndGet();
            return false;
        }
    }

    private static long p(long[] sorted, double percentile) {
        // the rank rounded up, after taking off what 99.9 / 100 gains in binary floating point
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length - 1e-9) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
