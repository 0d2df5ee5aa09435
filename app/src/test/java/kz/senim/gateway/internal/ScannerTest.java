package kz.senim.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import kz.senim.guard.Detector;
import kz.senim.guard.Finding;
import kz.senim.guard.FindingType;
import kz.senim.guard.LeakGuard;
import org.junit.jupiter.api.Test;

/** Fail closed on both paths: the guard's own detectors in the caller's thread, any other on a deadline. */
class ScannerTest {

    private static final String PROMPT = "Өтініш беруші ИИН 870412300218, тел. +7 701 123 45 67.";

    @Test
    void ownDetectorsScanInTheCallersThread() {
        LeakGuard guard = LeakGuard.defaults();
        List<Finding> found = scanner(Duration.ofSeconds(2)).scan(guard, PROMPT);
        assertThat(found).extracting(Finding::type).containsExactly(FindingType.IIN, FindingType.PHONE);
    }

    @Test
    void aScanPastTheDeadlineForwardsNothingEvenWhenItFinished() {
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> scanner(Duration.ofNanos(1)).scan(LeakGuard.defaults(), List.of(PROMPT, PROMPT)));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("scan_timeout");
    }

    @Test
    void aHangingDetectorIsNotWaitedForPastTheDeadline() {
        LeakGuard guard = LeakGuard.builder().addBuiltIns().add(detector(() -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).build();
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> scanner(Duration.ofMillis(200)).scan(guard, PROMPT));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("scan_timeout");
    }

    @Test
    void aFailingDetectorForwardsNothing() {
        LeakGuard guard = LeakGuard.builder().addBuiltIns().add(detector(() -> {
            throw new IllegalStateException("broke on " + PROMPT);
        })).build();
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> scanner(Duration.ofSeconds(2)).scan(guard, PROMPT));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.code()).isEqualTo("scan_failed");
    }

    private static Scanner scanner(Duration timeout) {
        return new Scanner(new GatewayProperties(timeout, Duration.ofSeconds(5), Duration.ofSeconds(120), null, 64,
                Duration.ofMillis(200), 100, Duration.ofSeconds(30)));
    }

    private static Detector detector(Runnable behaviour) {
        return new Detector() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void detect(kz.senim.guard.ScanText text, kz.senim.guard.FindingSink sink) {
                behaviour.run();
            }
        };
    }
}
