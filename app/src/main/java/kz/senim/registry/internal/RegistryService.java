package kz.senim.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import kz.senim.registry.SystemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the register's rules: operators edit their own drafts and submit them; the regulator registers,
 * returns and suspends; a system with an unresolved cross-context data source, without a
 * classification, or classified as prohibited cannot be submitted or registered.
 */
@Service
class RegistryService implements Register {

    private final Systems systems;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    RegistryService(Systems systems, JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.systems = systems;
        this.jdbc = jdbc;
        this.events = events;
    }

    record History(SystemStatus from, SystemStatus to, UUID changedBy, String changedByName, String note,
                   java.time.Instant changedAt) {
    }

    @Override
    public Optional<AiSystem> find(UUID id) {
        return systems.find(id);
    }

    @Override
    public List<AiSystem> all() {
        return systems.all();
    }

    @Override
    @Transactional
    public void recordClassification(UUID systemId, UUID classificationId, String packVersion, boolean prohibited,
                                     String riskClass, String autonomyClass) {
        jdbc.sql("""
                update ai_system set classification_id = ?, rule_pack_version = ?, prohibited = ?, risk_class = ?,
                  autonomy_class = ?, classified_at = now(), updated_at = now() where id = ?""")
                .params(classificationId, packVersion, prohibited, riskClass, autonomyClass, systemId).update();
        events.publishEvent(new kz.senim.registry.SystemClassified(systemId));
    }

    /** The system if the caller may see it (its organization, the regulator, admins, auditors); else 404. */
    AiSystem visible(CurrentUser me, UUID id) {
        AiSystem s = systems.find(id).orElseThrow(() -> ProblemException.notFound("system-unknown"));
        boolean may = me.hasAny(Role.ADMIN, Role.REGULATOR, Role.AUDITOR) || me.memberOf(s.organizationId());
        if (!may) {
            throw ProblemException.notFound("system-unknown");
        }
        return s;
    }

    AiSystem editable(CurrentUser me, UUID id) {
        AiSystem s = visible(me, id);
        if (!(me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(s.organizationId()))) {
            throw ProblemException.forbidden();
        }
        return s;
    }

    @Transactional
    AiSystem create(CurrentUser me, Systems.Draft draft) {
        me.require(Role.OPERATOR);
        if (me.organizationId() == null) {
            throw ProblemException.forbidden();
        }
        UUID id = systems.create(me.organizationId(), draft);
        history(id, null, SystemStatus.DRAFT, me.id(), null);
        return systems.find(id).orElseThrow();
    }

    @Transactional
    AiSystem update(CurrentUser me, UUID id, int version, Systems.Draft draft) {
        AiSystem s = editable(me, id);
        if (s.status() != SystemStatus.DRAFT) {
            throw ProblemException.conflict("system-not-draft", s.status().name());
        }
        if (!systems.update(id, version, draft)) {
            throw ProblemException.conflict("system-stale", s.version());
        }
        return systems.find(id).orElseThrow();
    }

    @Transactional
    AiSystem transition(CurrentUser me, UUID id, SystemStatus to, Integer version, String note) {
        AiSystem s = visible(me, id);
        if (!s.status().next().contains(to)) {
            throw ProblemException.conflict("system-transition", s.status().name(), to.name());
        }
        boolean operator = me.has(Role.OPERATOR) && me.memberOf(s.organizationId());
        boolean regulator = me.hasAny(Role.REGULATOR, Role.ADMIN);
        boolean allowed = switch (to) {
            case SUBMITTED -> operator || me.has(Role.ADMIN);
            case REGISTERED, SUSPENDED -> regulator;
            case DRAFT -> regulator || operator;
            case RETIRED -> operator || regulator;
        };
        if (!allowed) {
            throw ProblemException.forbidden();
        }
        if (to == SystemStatus.SUBMITTED || to == SystemStatus.REGISTERED) {
            readyForRegister(s);
        }
        if (!systems.setStatus(id, version == null ? s.version() : version, to)) {
            throw ProblemException.conflict("system-stale", s.version());
        }
        history(id, s.status(), to, me.id(), note);
        events.publishEvent(new kz.senim.registry.SystemStatusChanged(id, s.status(), to));
        return systems.find(id).orElseThrow();
    }

    private void readyForRegister(AiSystem s) {
        if (s.classifiedAt() == null) {
            throw ProblemException.conflict("system-unclassified");
        }
        if (Boolean.TRUE.equals(s.prohibited())) {
            throw ProblemException.conflict("system-prohibited");
        }
        List<String> unresolved = jdbc.sql("""
                select d.name from system_data_source l join data_source d on d.id = l.data_source_id
                where l.system_id = ? and l.cross_context and l.reuse_legal_basis is null order by d.name""")
                .param(s.id()).query(String.class).list();
        if (!unresolved.isEmpty()) {
            throw ProblemException.conflict("system-cross-context", String.join(", ", unresolved));
        }
    }

    List<History> history(UUID id) {
        return jdbc.sql("""
                select h.*, a.display_name from ai_system_history h left join account a on a.id = h.changed_by
                where h.system_id = ? order by h.id""")
                .param(id)
                .query((rs, n) -> new History(rs.getString("from_status") == null ? null : SystemStatus.valueOf(rs.getString("from_status")),
                        SystemStatus.valueOf(rs.getString("to_status")), rs.getObject("changed_by", UUID.class),
                        rs.getString("display_name"), rs.getString("note"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private void history(UUID id, SystemStatus from, SystemStatus to, UUID by, String note) {
        jdbc.sql("insert into ai_system_history (system_id, from_status, to_status, changed_by, note) values (?, ?, ?, ?, ?)")
                .params(id, from == null ? null : from.name(), to.name(), by, note).update();
    }
}
