package kz.senim.ledger.internal;

import java.util.UUID;
import kz.senim.SenimApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The application as a separate process for crash tests: it knows one system (from the
 * {@code senim.test.system} property, "system:organization") in place of the register.
 */
public final class LedgerChildApp {

    private LedgerChildApp() {
    }

    public static void main(String[] args) {
        String[] pair = System.getProperty("senim.test.system").split(":");
        LedgerTestSystems.OPERATORS.put(UUID.fromString(pair[0]), UUID.fromString(pair[1]));
        new SpringApplicationBuilder(SenimApplication.class, LedgerTestSystems.class).run(args);
    }
}
