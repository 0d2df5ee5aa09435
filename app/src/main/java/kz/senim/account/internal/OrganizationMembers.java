package kz.senim.account.internal;

import java.util.List;
import java.util.UUID;
import kz.senim.account.Account;
import kz.senim.account.Members;
import kz.senim.account.Role;
import org.springframework.stereotype.Component;

@Component
class OrganizationMembers implements Members {

    private final Accounts accounts;

    OrganizationMembers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> withRole(UUID organizationId, Role role) {
        return accounts.members(organizationId).stream().filter(a -> a.enabled() && a.roles().contains(role)).toList();
    }
}
