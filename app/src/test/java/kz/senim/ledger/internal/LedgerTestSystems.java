package kz.senim.ledger.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Which organization operates which test system, standing in for the register in ledger tests. */
@TestConfiguration
public class LedgerTestSystems {

    public static final Map<UUID, UUID> OPERATORS = new ConcurrentHashMap<>();

    @Bean
    @Primary
    Systems testSystems() {
        return id -> Optional.ofNullable(OPERATORS.get(id));
    }
}
