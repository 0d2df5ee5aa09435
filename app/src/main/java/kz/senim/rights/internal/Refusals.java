package kz.senim.rights.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.senim.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refusal registry. A refusal is stored under the ledger's keyed hash of the IIN (to flag decisions) and
 * under the operator's own lookup hash HMAC(lookup key of the organization, IIN), which is what the operator
 * sends to check before processing: it never sends or receives an IIN, and its hashes mean nothing to
 * another operator.
 */
@Component
class Refusals {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    Refusals(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    record Refusal(UUID id, UUID organizationId, UUID systemId, UUID caseId, Instant createdAt, Instant withdrawnAt) {
    }

    /** The organization's lookup key (32 bytes), derived from the ledger's subject key. */
    byte[] lookupKey(UUID organizationId) {
        return ledger.derivedKey("refusal-lookup:" + organizationId);
    }

    static byte[] lookupHash(byte[] lookupKey, String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
            return mac.doFinal(iin.strip().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a refusal; an identical active one is kept (the second submission changes nothing). */
    UUID refuse(String iin, UUID organizationId, UUID systemId, UUID caseId) {
        byte[] subject = ledger.subjectKey(iin);
        return jdbc.sql("""
                insert into rights_refusal (id, subject_key, lookup_hash, organization_id, system_id, case_id) values (?, ?, ?, ?, ?, ?)
                on conflict (subject_key, organization_id, coalesce(system_id, '00000000-0000-0000-0000-000000000000'))
                  where withdrawn_at is null do update set subject_key = excluded.subject_key returning id""")
                .params(UUID.randomUUID(), subject, lookupHash(lookupKey(organizationId), iin), organizationId, systemId, caseId)
                .query(UUID.class).single();
    }

    /** An active refusal with exactly this scope (system null: the whole operator). */
    boolean exists(byte[] subjectKey, UUID organizationId, UUID systemId) {
        return jdbc.sql("""
                select count(*) from rights_refusal where subject_key = ? and organization_id = ? and withdrawn_at is null
                  and system_id is not distinct from ?""").params(subjectKey, organizationId, systemId).query(Long.class).single() > 0;
    }

    List<Refusal> of(byte[] subjectKey) {
        return jdbc.sql("""
                select id, organization_id, system_id, case_id, created_at, withdrawn_at from rights_refusal
                where subject_key = ? order by created_at desc""").param(subjectKey)
                .query((rs, n) -> new Refusal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), RightsDecisions.instant(rs, 5), RightsDecisions.instant(rs, 6))).list();
    }

    boolean withdraw(byte[] subjectKey, UUID id) {
        return jdbc.sql("update rights_refusal set withdrawn_at = now() where id = ? and subject_key = ? and withdrawn_at is null")
                .params(id, subjectKey).update() == 1;
    }

    /** The operator's check: active refusals of this person for the organization, as a whole or per system. */
    record Scoped(boolean byOrganization, List<UUID> systems) {
    }

    Scoped checkScoped(UUID organizationId, byte[] lookupHash) {
        List<UUID> systems = jdbc.sql("""
                select system_id from rights_refusal where organization_id = ? and lookup_hash = ? and withdrawn_at is null""")
                .params(organizationId, lookupHash).query((rs, n) -> rs.getObject(1, UUID.class)).list();
        return new Scoped(systems.contains(null), systems.stream().filter(java.util.Objects::nonNull).toList());
    }
}
