package kz.senim.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.registry.AiSystem;
import kz.senim.registry.OversightKind;
import kz.senim.registry.Sector;
import kz.senim.registry.SystemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Systems {

    static final String SELECT = "select s.*, o.name as organization_name from ai_system s join organization o on o.id = s.organization_id ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Systems(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Draft(String name, String purpose, String legalBasis, Sector sector, OversightKind oversightKind, String oversight,
                 List<String> channels, List<AiSystem.Model> models, List<AiSystem.Dataset> datasets) {
    }

    UUID create(UUID organization, Draft d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ai_system (id, organization_id, name, purpose, legal_basis, sector, oversight_kind, oversight,
                  channels, models, datasets) values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::jsonb, ?::jsonb)""")
                .params(id, organization, d.name(), d.purpose(), d.legalBasis(), d.sector().name(), d.oversightKind().name(),
                        d.oversight() == null ? "" : d.oversight(), array(d.channels()), json.writeValueAsString(d.models()),
                        json.writeValueAsString(d.datasets()))
                .update();
        return id;
    }

    /** Updates a draft if nobody changed it since {@code version}; false when the version is stale. */
    boolean update(UUID id, int version, Draft d) {
        return jdbc.sql("""
                update ai_system set name = ?, purpose = ?, legal_basis = ?, sector = ?, oversight_kind = ?, oversight = ?,
                  channels = ?::text[], models = ?::jsonb, datasets = ?::jsonb, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(d.name(), d.purpose(), d.legalBasis(), d.sector().name(), d.oversightKind().name(),
                        d.oversight() == null ? "" : d.oversight(), array(d.channels()), json.writeValueAsString(d.models()),
                        json.writeValueAsString(d.datasets()), id, version)
                .update() == 1;
    }

    boolean setStatus(UUID id, int version, SystemStatus to) {
        return jdbc.sql("update ai_system set status = ?, version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(to.name(), id, version).update() == 1;
    }

    Optional<AiSystem> find(UUID id) {
        return jdbc.sql(SELECT + "where s.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<AiSystem> byOrganization(UUID organization) {
        return jdbc.sql(SELECT + "where s.organization_id = ? order by s.updated_at desc").param(organization)
                .query((rs, n) -> map(rs)).list();
    }

    List<AiSystem> all() {
        return jdbc.sql(SELECT + "order by s.updated_at desc").query((rs, n) -> map(rs)).list();
    }

    AiSystem map(ResultSet rs) throws SQLException {
        return new AiSystem(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), rs.getString("name"), rs.getString("purpose"), rs.getString("legal_basis"),
                Sector.valueOf(rs.getString("sector")), OversightKind.valueOf(rs.getString("oversight_kind")),
                rs.getString("oversight"), Arrays.asList((String[]) rs.getArray("channels").getArray()),
                json.readValue(rs.getString("models"), new TypeReference<List<AiSystem.Model>>() { }),
                json.readValue(rs.getString("datasets"), new TypeReference<List<AiSystem.Dataset>>() { }),
                SystemStatus.valueOf(rs.getString("status")), rs.getString("risk_class"), rs.getString("autonomy_class"),
                (Boolean) rs.getObject("prohibited"), rs.getString("rule_pack_version"),
                rs.getTimestamp("classified_at") == null ? null : rs.getTimestamp("classified_at").toInstant(),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    static String array(List<String> items) {
        if (items == null || items.isEmpty()) {
            return "{}";
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }
}
