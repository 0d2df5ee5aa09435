package kz.senim.classification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.classification.SystemObligations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class StoredObligations implements SystemObligations {

    private final JdbcClient jdbc;
    private final Obligations obligations;

    StoredObligations(JdbcClient jdbc, Obligations obligations) {
        this.jdbc = jdbc;
        this.obligations = obligations;
    }

    @Override
    public Optional<String> status(UUID systemId, String obligationId) {
        return obligations.of(systemId).stream().filter(i -> i.id().equals(obligationId)).findFirst().map(i -> i.status().name());
    }

    @Override
    public Optional<List<String>> of(UUID systemId) {
        // Only the ids, picked out by PostgreSQL: parsing the whole result costs more than the query itself.
        return jdbc.sql("""
                select array(select jsonb_array_elements_text(jsonb_path_query_array(result, '$.obligations[*].id')))
                from classification where system_id = ? order by created_at desc limit 1""")
                .param(systemId).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).optional();
    }
}
