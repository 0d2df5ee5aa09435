package kz.senim.gateway.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.senim.guard.Finding;
import kz.senim.guard.LeakGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the leak guard with a deadline. Fail closed: an exception or a scan past {@code senim.gateway.scan-timeout}
 * becomes an error for the caller, and nothing is forwarded. Only the exception's class is logged, since a
 * detector's message may quote the text.
 *
 * <p>A guard made only of built-in detectors and term lists, whose time is linear in the text, runs in the
 * caller's thread and its time is checked after it: at the largest body the API admits it takes milliseconds, and
 * a hand-off to another thread with a timed wait would cost more than the scan of a typical prompt. A guard with a custom pattern or any other detector, which
 * might take far longer, runs on a virtual thread that the caller waits for no longer than the deadline.
 */
@Component
class Scanner {

    private static final Logger log = LoggerFactory.getLogger(Scanner.class);

    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration timeout;

    Scanner(GatewayProperties properties) {
        this.timeout = properties.scanTimeout();
    }

    /** Findings of each text, in the same order. */
    List<List<Finding>> scan(LeakGuard guard, List<String> texts) {
        if (guard.linearTime()) {
            return inline(guard, texts);
        }
        Future<List<List<Finding>>> job = pool.submit(() -> scanAll(guard, texts));
        try {
            return job.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw timedOut();
        } catch (ExecutionException e) {
            log.warn("Leak-guard scan failed ({}): nothing forwarded", e.getCause().getClass().getName());
            throw GatewayException.server(500, "scan_failed");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw GatewayException.server(503, "scan_timeout");
        }
    }

    private List<List<Finding>> inline(LeakGuard guard, List<String> texts) {
        long start = System.nanoTime();
        List<List<Finding>> found;
        try {
            found = scanAll(guard, texts);
        } catch (RuntimeException | Error e) {
            // as on the hand-off path, where the future wraps every throwable: an error for the caller, never the detector's message in a log
            log.warn("Leak-guard scan failed ({}): nothing forwarded", e.getClass().getName());
            throw GatewayException.server(500, "scan_failed");
        }
        if (System.nanoTime() - start > timeout.toNanos()) {
            throw timedOut();
        }
        return found;
    }

    private static List<List<Finding>> scanAll(LeakGuard guard, List<String> texts) {
        List<List<Finding>> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(t.isEmpty() ? List.of() : guard.scan(t));
        }
        return out;
    }

    private GatewayException timedOut() {
        log.warn("Leak-guard scan exceeded {} ms: nothing forwarded", timeout.toMillis());
        return GatewayException.server(503, "scan_timeout");
    }

    List<Finding> scan(LeakGuard guard, String text) {
        return scan(guard, List.of(text)).getFirst();
    }
}
