package kz.senim.rights.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.senim.ledger.DecisionLogged;
import kz.senim.ledger.DecisionsLogged;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
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
    private final Register register;
    private final SystemRules rules;
    private final Refusals refusals;

    RightsDecisions(JdbcClient jdbc, Register register, SystemRules rules, Refusals refusals) {
        this.jdbc = jdbc;
        this.register = register;
        this.rules = rules;
        this.refusals = refusals;
    }

    /**
     * Runs in the logging request, after the indices are durable; a retry of the same decision changes nothing.
     * A batch costs a few statements per system it names, not per decision.
     */
    @EventListener
    void on(DecisionsLogged logged) {
        Map<UUID, Optional<SystemRules.Rule>> rules = new HashMap<>();
        Map<UUID, Set<ByteBuffer>> refusedSubjects = new HashMap<>();
        List<DecisionLogged> known = new ArrayList<>(logged.decisions().size());
        for (DecisionLogged d : logged.decisions()) {
            Optional<SystemRules.Rule> rule = rules.computeIfAbsent(d.systemId(), id -> register.find(id).map(this.rules::of));
            if (rule.isPresent()) {
                known.add(d);
            }
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
        Boolean[] refused = new Boolean[n];
        for (int i = 0; i < n; i++) {
            DecisionLogged d = known.get(i);
            SystemRules.Rule rule = rules.get(d.systemId()).orElseThrow();
            index[i] = d.index();
            organization[i] = d.organizationId().toString();
            system[i] = d.systemId().toString();
            subject[i] = d.subjectKey();
            loggedBy[i] = d.loggedBy() == null ? null : d.loggedBy().toString();
            signOff[i] = (rule.signOff() ? SignOff.PENDING : SignOff.NOT_REQUIRED).name();
            refused[i] = d.subjectKey() != null && rule.refusalApplies()
                    && refusedSubjects.computeIfAbsent(d.systemId(), id -> refusedAmong(d.organizationId(), id, known))
                    .contains(ByteBuffer.wrap(d.subjectKey()));
        }
        jdbc.sql("""
                insert into rights_decision (decision_idx, organization_id, system_id, subject_key, logged_by, signoff, refused_ai, finalized_at)
                select idx, org::uuid, system::uuid, subject, logged_by::uuid, signoff, refused,
                       case when signoff = 'PENDING' then null else now() end
                from unnest(?::bigint[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::text[], ?::boolean[])
                  as t(idx, org, system, subject, logged_by, signoff, refused)
                on conflict (decision_idx) do nothing""")
                .params(index, organization, system, subject, loggedBy, signOff, refused)
                .update();
    }

    /** The subjects of the system's decisions in this batch who have an active refusal covering it. */
    private Set<ByteBuffer> refusedAmong(UUID organizationId, UUID systemId, List<DecisionLogged> decisions) {
        byte[][] subjects = decisions.stream().filter(d -> systemId.equals(d.systemId()) && d.subjectKey() != null)
                .map(DecisionLogged::subjectKey).toArray(byte[][]::new);
        Set<ByteBuffer> found = new HashSet<>();
        refusals.refusedAmong(subjects, organizationId, systemId).forEach(k -> found.add(ByteBuffer.wrap(k)));
        return found;
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
