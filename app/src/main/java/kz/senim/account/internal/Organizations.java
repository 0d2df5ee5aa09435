package kz.senim.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.senim.account.Organization;
import kz.senim.account.OrganizationKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Organizations {

    private static final RowMapper<Organization> ROW = (rs, n) -> new Organization(
            rs.getObject("id", UUID.class), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
            rs.getString("bin"), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Organization create(String name, OrganizationKind kind, String bin) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organization (id, name, kind, bin) values (?, ?, ?, ?)")
                .params(id, name, kind.name(), bin).update();
        return find(id).orElseThrow();
    }

    Optional<Organization> find(UUID id) {
        return jdbc.sql("select * from organization where id = ?").param(id).query(ROW).optional();
    }

    boolean existsByName(String name) {
        return jdbc.sql("select count(*) from organization where lower(name) = lower(?)").param(name)
                .query(Long.class).single() > 0;
    }

    List<Organization> all() {
        return jdbc.sql("select * from organization order by name").query(ROW).list();
    }

    long count() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }
}
