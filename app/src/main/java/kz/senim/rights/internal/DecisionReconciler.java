package kz.senim.rights.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.senim.ledger.DecisionLogged;
import kz.senim.ledger.DecisionsLogged;
import kz.senim.ledger.Ledger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sign-off state of a decision is written right after its ledger entry is durable, in the logging request.
 * A crash between the two would leave a decision that needs a sign-off without one, and so neither in the queue
 * nor provisional. This job walks the logged decisions (only those older than a grace period, so the request's
 * own listener always comes first) and gives every decision still missing a state the one its system requires.
 */
@Component
class DecisionReconciler {

    private static final int PAGE = 1000;

    private final Ledger ledger;
    private final RightsDecisions decisions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration grace;

    DecisionReconciler(Ledger ledger, RightsDecisions decisions, JdbcClient jdbc, Clock clock,
                       @Value("${senim.rights.reconcile-grace:30s}") Duration grace) {
        this.ledger = ledger;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${senim.rights.reconcile-every:60s}", initialDelayString = "${senim.rights.reconcile-every:60s}")
    void scheduled() {
        reconcile();
    }

    /** Returns how many decisions were missing their state. */
    int reconcile() {
        long cursor = jdbc.sql("select cursor from rights_reconcile where id = 1").query(Long.class).single();
        int repaired = 0;
        while (true) {
            List<DecisionLogged> page = ledger.decisionsAfter(cursor, clock.instant().minus(grace), PAGE);
            if (page.isEmpty()) {
                return repaired;
            }
            Set<Long> known = new HashSet<>(jdbc.sql("select decision_idx from rights_decision where decision_idx = any(?)")
                    .param(page.stream().map(DecisionLogged::index).toArray(Long[]::new)).query(Long.class).list());
            List<DecisionLogged> missing = page.stream().filter(d -> !known.contains(d.index())).toList();
            if (!missing.isEmpty()) {
                decisions.on(new DecisionsLogged(missing));
                repaired += missing.size();
            }
            cursor = page.getLast().index();
            jdbc.sql("update rights_reconcile set cursor = greatest(cursor, ?) where id = 1").param(cursor).update();
        }
    }
}
