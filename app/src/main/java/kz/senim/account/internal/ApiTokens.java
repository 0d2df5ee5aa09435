package kz.senim.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API and CLI. A token carries a subset of its owner's roles and acts for
 * the owner's organization; only its SHA-256 is stored.
 */
@Component
class ApiTokens {

    static final String PREFIX = "snm_";
    static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /**
     * Recently checked tokens, so that a busy client does not cost a database read and write per request.
     * A revocation here is seen at once; one made on another instance within {@link #CACHE_FOR}.
     */
    private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(UUID id, CurrentUser user, Instant expiresAt, Instant checkedAt) {
    }

    ApiTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Issued(UUID id, String token, String name, Instant expiresAt, Set<Role> roles) {
    }

    record TokenInfo(UUID id, String name, Set<Role> roles, Instant createdAt, Instant expiresAt, Instant revokedAt,
                     Instant lastUsedAt) {
    }

    /** Why a presented token was refused; each gets its own message. */
    enum Refusal { UNKNOWN, EXPIRED, REVOKED }

    sealed interface Check permits Accepted, Refused {
    }

    record Accepted(CurrentUser user) implements Check {
    }

    record Refused(Refusal reason) implements Check {
    }

    @Transactional
    Issued issue(CurrentUser owner, String name, Duration lifetime, Set<Role> requested) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw ProblemException.badRequest("token-lifetime", MAX_LIFETIME.toDays());
        }
        Set<Role> roles = requested == null || requested.isEmpty() ? owner.roles() : requested;
        if (!owner.roles().containsAll(roles)) {
            throw ProblemException.badRequest("token-roles");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant expires = clock.instant().plus(lifetime);
        jdbc.sql("insert into api_token (id, account_id, name, token_hash, roles, expires_at) values (?, ?, ?, ?, ?::text[], ?)")
                .params(id, owner.id(), name, sha256(token), "{" + String.join(",", roles.stream().map(Role::name).toList()) + "}",
                        Timestamp.from(expires))
                .update();
        return new Issued(id, token, name, expires, Set.copyOf(roles));
    }

    Check check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return new Refused(Refusal.UNKNOWN);
        }
        byte[] hash = sha256(token);
        String cacheKey = java.util.HexFormat.of().formatHex(hash);
        Instant now = clock.instant();
        Cached cached = cache.get(cacheKey);
        if (cached != null && cached.checkedAt().plus(CACHE_FOR).isAfter(now)) {
            return cached.expiresAt().isAfter(now) ? new Accepted(cached.user()) : new Refused(Refusal.EXPIRED);
        }
        cache.remove(cacheKey);
        var found = jdbc.sql("select id, account_id, roles, expires_at, revoked_at from api_token where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        Accounts.roles(rs.getArray("roles")), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") != null))
                .optional();
        if (found.isEmpty()) {
            return new Refused(Refusal.UNKNOWN);
        }
        Row row = found.get();
        if (row.revoked()) {
            return new Refused(Refusal.REVOKED);
        }
        if (!row.expiresAt().isAfter(now)) {
            return new Refused(Refusal.EXPIRED);
        }
        var owner = accounts.user(row.accountId());
        if (owner.isEmpty()) {
            return new Refused(Refusal.REVOKED);
        }
        CurrentUser u = owner.get();
        // Roles taken from the owner since the token was issued are not kept by the token.
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(row.roles());
        roles.retainAll(u.roles());
        CurrentUser user = new CurrentUser(u.id(), u.username(), u.displayName(), u.organizationId(), roles);
        // Recorded at most once per cache period: a busy client does not write on every request.
        jdbc.sql("update api_token set last_used_at = now() where id = ?").param(row.id()).update();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(cacheKey, new Cached(row.id(), user, row.expiresAt(), now));
        }
        return new Accepted(user);
    }

    private record Row(UUID id, UUID accountId, Set<Role> roles, Instant expiresAt, boolean revoked) {
    }

    List<TokenInfo> list(CurrentUser owner) {
        return jdbc.sql("select * from api_token where account_id = ? order by created_at desc").param(owner.id())
                .query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        Accounts.roles(rs.getArray("roles")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    void revoke(CurrentUser owner, UUID id) {
        int n = jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and account_id = ?")
                .params(id, owner.id()).update();
        if (n == 0) {
            throw ProblemException.notFound("token-not-found");
        }
        cache.values().removeIf(c -> c.id().equals(id));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
