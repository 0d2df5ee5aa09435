package kz.senim.gateway;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.ScanText;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A detector that fails or hangs on a trigger word, to prove the gateway fails closed. */
@TestConfiguration(proxyBeanMethods = false)
public class GatewayTestDetectors {

    public static final String FAIL = "TRIGGER-GUARD-FAILURE";
    public static final String HANG = "TRIGGER-GUARD-HANG";

    @Bean
    Detector misbehavingDetector() {
        return new Detector() {
            @Override
            public String name() {
                return "test-misbehaving";
            }

            @Override
            public void detect(ScanText text, FindingSink sink) {
                String s = text.text();
                if (s.contains(FAIL)) {
                    throw new IllegalStateException("detector broke on " + s);
                }
                if (s.contains(HANG)) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }
}
