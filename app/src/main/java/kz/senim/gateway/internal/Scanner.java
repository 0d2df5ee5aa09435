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
        Future<List<List<Finding>>> job = pool.submit(() -> {
            List<List<Finding>> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                out.add(t.isEmpty() ? List.of() : guard.scan(t));
            }
            return out;
        });
        try {
            return job.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            log.warn("Leak-guard scan exceeded {} ms: nothing forwarded", timeout.toMillis());
            throw GatewayException.server(503, "scan_timeout");
        } catch (ExecutionException e) {
            log.warn("Leak-guard scan failed ({}): nothing forwarded", e.getCause().getClass().getName());
            throw GatewayException.server(500, "scan_failed");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw GatewayException.server(503, "scan_timeout");
        }
    }

    List<Finding> scan(LeakGuard guard, String text) {
        return scan(guard, List.of(text)).getFirst();
    }
}
