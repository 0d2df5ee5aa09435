package kz.senim.rights.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.senim.registry.Register;
import kz.senim.registry.SystemClassified;
import kz.senim.registry.SystemStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rule for decisions of each system, kept for a second: an operator logging one decision per request
 * would otherwise pay three or four queries per decision for the same answer. A change made here applies at
 * once; one made on another instance within a second, as the ledger's own look-up of the operator does.
 */
@Component
class DecisionRules {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final Register register;
    private final SystemRules rules;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<SystemRules.Rule> rule, long at) {
    }

    DecisionRules(Register register, SystemRules rules) {
        this.register = register;
        this.rules = rules;
    }

    /** Empty for a system the register does not know. */
    Optional<SystemRules.Rule> of(UUID systemId) {
        long now = System.nanoTime();
        Cached c = cache.get(systemId);
        if (c != null && now - c.at() < FRESH_NANOS) {
            return c.rule();
        }
        Optional<SystemRules.Rule> rule = register.find(systemId).map(rules::of);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(systemId, new Cached(rule, now));
        return rule;
    }

    void forget(UUID systemId) {
        cache.remove(systemId);
    }

    @EventListener
    void on(SystemClassified classified) {
        forget(classified.systemId());
    }

    @EventListener
    void on(Settings.Changed changed) {
        forget(changed.systemId());
    }

    @EventListener
    void on(SystemStatusChanged changed) {
        forget(changed.systemId());
    }
}
