package kz.senim.account.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.Account;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

    private static final String SELECT = """
            select a.*, coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
            from account a left join account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What sign-in needs: the hash and the lock state, never shown elsewhere. */
    record Credentials(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, int failedLogins) {
    }

    UUID create(String username, String displayName, String passwordHash, UUID organizationId, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, display_name, password_hash, organization_id) values (?, ?, ?, ?, ?)")
                .params(id, username, displayName, passwordHash, organizationId).update();
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    void setIin(UUID id, String iin) {
        jdbc.sql("update account set iin = ? where id = ?").params(iin, id).update();
    }

    Optional<String> iin(UUID id) {
        return jdbc.sql("select iin from account where id = ? and iin is not null").param(id).query(String.class).optional();
    }

    boolean iinTaken(String iin) {
        return jdbc.sql("select count(*) from account where iin = ?").param(iin).query(Long.class).single() > 0;
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single() > 0;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql(SELECT + " where a.username = ? group by a.id").param(username)
                .query((rs, n) -> new Credentials(user(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        instant(rs, "locked_until"), rs.getInt("failed_logins")))
                .optional();
    }

    Optional<CurrentUser> user(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? and a.enabled group by a.id").param(id).query((rs, n) -> user(rs)).optional();
    }

    List<Account> members(UUID organizationId) {
        return jdbc.sql(SELECT + " where a.organization_id = ? group by a.id order by a.username").param(organizationId)
                .query((rs, n) -> account(rs)).list();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? group by a.id").param(id).query((rs, n) -> account(rs)).optional();
    }

    List<Account> all() {
        return jdbc.sql(SELECT + " group by a.id order by a.username").query((rs, n) -> account(rs)).list();
    }

    Optional<CurrentUser> byUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ? and a.enabled group by a.id").param(username)
                .query((rs, n) -> user(rs)).optional();
    }

    /** Counts a failed sign-in in one statement, locking the account once the limit is reached. */
    void recordFailure(UUID id, int limit, Instant lockUntil) {
        jdbc.sql("""
                update account set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where id = ?""")
                .params(limit, java.sql.Timestamp.from(lockUntil), id).update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ? and (failed_logins <> 0 or locked_until is not null)")
                .param(id).update();
    }

    private static CurrentUser user(ResultSet rs) throws SQLException {
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("organization_id", UUID.class), roles(rs.getArray("roles")));
    }

    private static Account account(ResultSet rs) throws SQLException {
        Instant lockedUntil = instant(rs, "locked_until");
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("organization_id", UUID.class), roles(rs.getArray("roles")), rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.isAfter(Instant.now()));
    }

    static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object r : (Object[]) array.getArray()) {
            roles.add(Role.valueOf(r.toString()));
        }
        return roles;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
