package kz.senim.rights.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.senim.registry.Register;
import kz.senim.registry.SystemClassified;
import kz.senim.registry.SystemStatusChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rule for decisions of each system, kept for a second ({@code senim.rights.rule-cache}): an operator
 * logging one decision per request would otherwise pay three or four queries per decision for the same answer.
 * A change made here applies to every decision logged after it commits; one made on another instance within a
 * second, as the ledger's own look-up of the operator does.
 */
@Component
class DecisionRules {

    private final long freshNanos;
    private final Register register;
    private final SystemRules rules;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    // Moves on with every change: a rule read before a change is not put back after it.
    private final AtomicLong changes = new AtomicLong();

    private record Cached(Optional<SystemRules.Rule> rule, long at) {
    }

    DecisionRules(Register register, SystemRules rules, @Value("${senim.rights.rule-cache:1s}") Duration fresh) {
        this.register = register;
        this.rules = rules;
        this.freshNanos = fresh.toNanos();
    }

    /** Empty for a system the register does not know. */
    Optional<SystemRules.Rule> of(UUID systemId) {
        long now = System.nanoTime();
        Cached c = cache.get(systemId);
        if (c != null && now - c.at() < freshNanos) {
            return c.rule();
        }
        long seen = changes.get();
        Optional<SystemRules.Rule> rule = register.find(systemId).map(rules::of);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        if (changes.get() == seen) {
            cache.put(systemId, new Cached(rule, now));
        }
        return rule;
    }

    void forget(UUID systemId) {
        changes.incrementAndGet();
        cache.remove(systemId);
    }

    // After the commit: forgotten earlier, the old rule could be read and kept again before the change is visible.
    @TransactionalEventListener(fallbackExecution = true)
    void on(SystemClassified classified) {
        forget(classified.systemId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Settings.Changed changed) {
        forget(changed.systemId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SystemStatusChanged changed) {
        forget(changed.systemId());
    }
}
