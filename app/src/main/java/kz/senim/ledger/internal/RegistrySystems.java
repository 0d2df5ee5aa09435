package kz.senim.ledger.internal;

import java.util.Optional;
import java.util.UUID;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import kz.senim.registry.SystemStatus;
import org.springframework.stereotype.Component;

/**
 * The register's answer to "who operates this system". Only systems in the register log entries: a
 * registered system, or a suspended one (its lifecycle events and earlier decisions still need logging).
 */
@Component
class RegistrySystems implements Systems {

    /** A busy operator logs many decisions per second for one system: look it up at most once a second. */
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final Register register;
    private final java.util.Map<UUID, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(Optional<UUID> operator, long at) {
    }

    RegistrySystems(Register register) {
        this.register = register;
    }

    /** A suspension or retirement here applies at once; on another instance within a second. */
    @org.springframework.transaction.event.TransactionalEventListener
    void on(kz.senim.registry.SystemStatusChanged changed) {
        cache.remove(changed.systemId());
    }

    @Override
    public Optional<UUID> operatorOf(UUID systemId) {
        long now = System.nanoTime();
        Cached c = cache.get(systemId);
        if (c != null && now - c.at() < FRESH_NANOS) {
            return c.operator();
        }
        Optional<UUID> operator = register.find(systemId)
                .filter(s -> s.status() == SystemStatus.REGISTERED || s.status() == SystemStatus.SUSPENDED)
                .map(AiSystem::organizationId);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(systemId, new Cached(operator, now));
        return operator;
    }
}
