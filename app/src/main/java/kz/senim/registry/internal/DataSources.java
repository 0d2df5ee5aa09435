package kz.senim.registry.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's data sources, each with the purpose and legal basis it was collected for. Linking a
 * source to a system with another purpose raises a cross-context flag (purpose limitation) that blocks
 * registration until a legal basis for the reuse is recorded.
 */
@Component
class DataSources {

    static final List<String> CATEGORIES = List.of("PERSONAL", "SPECIAL_CATEGORIES", "OFFICIAL_USE_ONLY", "PUBLIC",
            "ANONYMISED", "STATE_REGISTRY");

    private final JdbcClient jdbc;

    DataSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Source(UUID id, UUID organizationId, String name, List<String> categories, String purpose, String legalBasis) {
    }

    record Link(UUID dataSourceId, String name, List<String> categories, String purpose, boolean crossContext,
                String reuseLegalBasis) {
        public boolean unresolved() {
            return crossContext && reuseLegalBasis == null;
        }
    }

    Source create(CurrentUser me, String name, List<String> categories, String purpose, String legalBasis) {
        me.require(Role.OPERATOR);
        if (categories.isEmpty() || !CATEGORIES.containsAll(categories)) {
            throw ProblemException.badRequest("data-source-category", String.join(", ", CATEGORIES));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into data_source (id, organization_id, name, categories, purpose, legal_basis) values (?, ?, ?, ?::text[], ?, ?)")
                .params(id, me.organizationId(), name.strip(), Systems.array(categories), purpose.strip(), legalBasis.strip()).update();
        return find(id);
    }

    List<Source> byOrganization(UUID organization) {
        return jdbc.sql("select * from data_source where organization_id = ? order by name").param(organization)
                .query((rs, n) -> new Source(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("name"), Arrays.asList((String[]) rs.getArray("categories").getArray()),
                        rs.getString("purpose"), rs.getString("legal_basis"))).list();
    }

    Source find(UUID id) {
        return jdbc.sql("select * from data_source where id = ?").param(id)
                .query((rs, n) -> new Source(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("name"), Arrays.asList((String[]) rs.getArray("categories").getArray()),
                        rs.getString("purpose"), rs.getString("legal_basis")))
                .optional().orElseThrow(() -> ProblemException.notFound("data-source-unknown"));
    }

    /** Links a source of the system's own organization; returns whether the link is cross-context. */
    @Transactional
    Link link(AiSystem system, UUID sourceId, String reuseLegalBasis) {
        Source source = find(sourceId);
        if (!source.organizationId().equals(system.organizationId())) {
            throw ProblemException.notFound("data-source-unknown");
        }
        boolean cross = !normalize(source.purpose()).equals(normalize(system.purpose()));
        String basis = reuseLegalBasis == null || reuseLegalBasis.isBlank() ? null : reuseLegalBasis.strip();
        jdbc.sql("""
                insert into system_data_source (system_id, data_source_id, cross_context, reuse_legal_basis) values (?, ?, ?, ?)
                on conflict (system_id, data_source_id) do update set cross_context = excluded.cross_context,
                  reuse_legal_basis = coalesce(excluded.reuse_legal_basis, system_data_source.reuse_legal_basis)""")
                .params(system.id(), sourceId, cross, basis).update();
        return links(system.id()).stream().filter(l -> l.dataSourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    List<Link> links(UUID systemId) {
        return jdbc.sql("""
                select d.id, d.name, d.categories, d.purpose, l.cross_context, l.reuse_legal_basis
                from system_data_source l join data_source d on d.id = l.data_source_id where l.system_id = ? order by d.name""")
                .param(systemId)
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getBoolean(5), rs.getString(6)))
                .list();
    }

    private static String normalize(String purpose) {
        return purpose.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
