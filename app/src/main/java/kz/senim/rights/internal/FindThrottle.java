package kz.senim.rights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.senim.platform.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits failed look-ups by notice reference and IIN per client address, so that nobody can try references
 * for a known IIN (or IINs for a known reference) at speed. Only failures count: a person who mistypes once
 * and then finds their decision is never slowed down.
 */
@Component
class FindThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    FindThrottle(@Value("${senim.rights.find.max-failures:20}") int maxFailures,
                 @Value("${senim.rights.find.window:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Failures(Instant since, int count) {
    }

    /** Refuses (429) a client that has failed too often within the window. */
    void check(String client) {
        Failures f = failures.get(client);
        if (f != null && f.count() >= maxFailures && clock.instant().isBefore(f.since().plus(window))) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rights-find-throttled", window.toMinutes());
        }
    }

    void failed(String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> !now.isBefore(f.since().plus(window)));
        }
        failures.compute(client, (k, f) -> f == null || !now.isBefore(f.since().plus(window))
                ? new Failures(now, 1) : new Failures(f.since(), f.count() + 1));
    }
}
