package kz.senim.classification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.classification.SystemObligations;
import kz.senim.rules.Classification;
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
        return jdbc.sql("select result from classification where system_id = ? order by created_at desc limit 1")
                .param(systemId).query(String.class).optional()
                .map(json -> kz.senim.rules.RulePacks.json().readValue(json, Classification.class).obligationIds());
    }
}
