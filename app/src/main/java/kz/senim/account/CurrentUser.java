package kz.senim.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kz.senim.platform.ProblemException;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in caller as every feature sees it, whether they came through the login page, OIDC or an
 * API token (then with the token's roles only).
 */
public record CurrentUser(UUID id, String username, String displayName, UUID organizationId, Set<Role> roles)
        implements Serializable {

    public CurrentUser {
        Objects.requireNonNull(id);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    public boolean memberOf(UUID organization) {
        return organizationId != null && organizationId.equals(organization);
    }

    /** Refuses (403) unless the caller holds one of these roles. */
    public CurrentUser require(Role... any) {
        if (!hasAny(any)) {
            throw ProblemException.forbidden();
        }
        return this;
    }

    /** Refuses (403) unless the caller acts for this organization, or is an admin. */
    public CurrentUser requireMemberOf(UUID organization) {
        if (!has(Role.ADMIN) && !memberOf(organization)) {
            throw ProblemException.forbidden();
        }
        return this;
    }

    public List<GrantedAuthority> authorities() {
        return roles.stream().map(Role::authority).toList();
    }
}
