package kz.senim.account;

import java.util.Set;
import java.util.UUID;

/** An account as administrators see it; never carries the password hash. */
public record Account(UUID id, String username, String displayName, UUID organizationId, Set<Role> roles,
                      boolean enabled, boolean locked) {
}
