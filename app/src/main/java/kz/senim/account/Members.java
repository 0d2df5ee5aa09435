package kz.senim.account;

import java.util.List;
import java.util.UUID;

/** Who acts for an organization, for features that assign work to people (e.g. appeals to reviewers). */
public interface Members {

    /** Enabled accounts of the organization holding the role. */
    List<Account> withRole(UUID organizationId, Role role);
}
