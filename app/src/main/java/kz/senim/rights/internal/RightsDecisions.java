package kz.senim.rights.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.ledger.DecisionLogged;
import kz.senim.ledger.DecisionsLogged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights state of each logged decision: whether it waits for a human sign-off, who signed it, whether it
 * took effect, and whether the person had refused AI processing by this system.
 */
@Component
class RightsDecisions {

    enum SignOff { NOT_REQUIRED, PENDING, APPROVED, OVERRIDDEN }

    record State(long index, UUID organizationId, UUID systemId, byte[] subjectKey, UUID loggedBy, SignOff signOff,
                 UUID signedBy, String signedByName, Instant signedAt, String note, Long signOffIndex, Instant finalizedAt,
                 boolean refusedAi, Instant createdAt) {
        boolean provisional() {
            return signOff == SignOff.PENDING;
        }
    }

    private final JdbcClient jdbc;
    private final DecisionRules decisionRules;

    RightsDecisions(JdbcClient jdbc, DecisionRules decisionRules) {
        this.jdbc = jdbc;
        this.decisionRules = decisionRules;
    }

    /**
     * Runs in the logging request, after the indices are durable; a retry of the same decision changes nothing.
     * A batch costs a few statements per system it names, not per decision.
     */
    @EventListener
    void on(DecisionsLogged logged) {
        List<DecisionLogged> known = new ArrayList<>(logged.decisions().size());
        List<SystemRules.Rule> rules = new ArrayList<>(logged.decisions().size());
        for (DecisionLogged d : logged.decisions()) {
            decisionRules.of(d.systemId()).ifPresent(rule -> {
                known.add(d);
                rules.add(rule);
            });
        }
        if (known.isEmpty()) {
            return;
        }
        int n = known.size();
        Long[] index = new Long[n];
        String[] organization = new String[n];
        String[] system = new String[n];
        byte[][] subject = new byte[n][];
        String[] loggedBy = new String[n];
        String[] signOff = new String[n];
        Boolean[] refusalApplies = new Boolean[n];
        for (int i = 0; i < n; i++) {
            DecisionLogged d = known.get(i);
            index[i] = d.index();
            organization[i] = d.organizationId().toString();
            system[i] = d.systemId().toString();
            subject[i] = d.subjectKey();
            loggedBy[i] = d.loggedBy() == null ? null : d.loggedBy().toString();
            signOff[i] = (rules.get(i).signOff() ? SignOff.PENDING : SignOff.NOT_REQUIRED).name();
            refusalApplies[i] = rules.get(i).refusalApplies();
        }
        // One statement for the whole request, the person's refusals looked up in it.
        jdbc.sql("""
                insert into rights_decision (decision_idx, organization_id, system_id, subject_key, logged_by, signoff, refused_ai, finalized_at)
                select t.idx, t.org::uuid, t.system::uuid, t.subject, t.logged_by::uuid, t.signoff,
                       t.refusal_applies and t.subject is not null and exists (
                         select 1 from rights_refusal r where r.subject_key = t.subject and r.organization_id = t.org::uuid
                           and r.withdrawn_at is null and (r.system_id is null or r.system_id = t.system::uuid)),
                       case when t.signoff = 'PENDING' then null else now() end
                from unnest(?::bigint[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::text[], ?::boolean[])
                  as t(idx, org, system, subject, logged_by, signoff, refusal_applies)
                on conflict (decision_idx) do nothing""")
                .params(index, organization, system, subject, loggedBy, signOff, refusalApplies)
                .update();
    }

    private static final String SELECT = """
            select decision_idx, organization_id, system_id, subject_key, logged_by, signoff, signed_by, signed_by_name,
                   signed_at, signoff_note, signoff_idx, finalized_at, refused_ai, created_at from rights_decision""";

    Optional<State> find(long index) {
        return jdbc.sql(SELECT + " where decision_idx = ?").param(index).query((rs, n) -> map(rs)).optional();
    }

    List<State> pending(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? and signoff = 'PENDING' order by decision_idx").param(organizationId)
                .query((rs, n) -> map(rs)).list();
    }

    List<State> signedNotFinal(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? and signoff in ('APPROVED', 'OVERRIDDEN') and finalized_at is null order by decision_idx")
                .param(organizationId).query((rs, n) -> map(rs)).list();
    }

    List<State> flagged(UUID organizationId) {
        return jdbc.sql(SELECT + " where refused_ai and (?::uuid is null or organization_id = ?) order by decision_idx desc limit 200")
                .params(organizationId, organizationId).query((rs, n) -> map(rs)).list();
    }

    /** Records the sign-off once; false when someone else was first. */
    boolean signOff(long index, SignOff result, UUID by, String byName, String note, long entryIndex) {
        return jdbc.sql("""
                update rights_decision set signoff = ?, signed_by = ?, signed_by_name = ?, signed_at = now(), signoff_note = ?,
                  signoff_idx = ? where decision_idx = ? and signoff = 'PENDING'""")
                .params(result.name(), by, byName, note, entryIndex, index).update() == 1;
    }

    void finalize(long index) {
        jdbc.sql("update rights_decision set finalized_at = now() where decision_idx = ? and finalized_at is null").param(index).update();
    }

    private static State map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new State(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getBytes(4),
                rs.getObject(5, UUID.class), SignOff.valueOf(rs.getString(6)), rs.getObject(7, UUID.class), rs.getString(8),
                instant(rs, 9), rs.getString(10), (Long) rs.getObject(11), instant(rs, 12), rs.getBoolean(13), instant(rs, 14));
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
