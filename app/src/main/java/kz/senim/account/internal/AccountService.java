package kz.senim.account.internal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.Organization;
import kz.senim.account.OrganizationKind;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates organizations and accounts, keeping roles consistent with the organization's kind. */
@Service
class AccountService implements kz.senim.account.CitizenIdentity {

    private final Organizations organizations;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    AccountService(Organizations organizations, Accounts accounts, PasswordEncoder passwords) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    Organization createOrganization(String name, OrganizationKind kind, String bin) {
        if (organizations.existsByName(name.trim())) {
            throw ProblemException.conflict("organization-exists");
        }
        return organizations.create(name.trim(), kind, bin == null || bin.isBlank() ? null : bin.trim());
    }

    @Override
    public java.util.Optional<String> iinOf(UUID accountId) {
        return accounts.iin(accountId);
    }

    @Transactional
    UUID createAccount(String username, String displayName, String password, UUID organizationId, Set<Role> roles) {
        return createAccount(username, displayName, password, organizationId, roles, null);
    }

    @Transactional
    UUID createAccount(String username, String displayName, String password, UUID organizationId, Set<Role> roles, String iin) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(name)) {
            throw ProblemException.conflict("username-taken");
        }
        OrganizationKind kind = null;
        if (organizationId != null) {
            kind = organizations.find(organizationId)
                    .orElseThrow(() -> ProblemException.badRequest("organization-unknown")).kind();
        }
        for (Role role : roles) {
            if (role.needsOrganization() && organizationId == null) {
                throw ProblemException.badRequest("role-needs-organization", role.name());
            }
            if (role == Role.AUDITOR && kind != OrganizationKind.AUDIT_FIRM
                    || role == Role.REGULATOR && kind != OrganizationKind.REGULATOR) {
                throw ProblemException.badRequest("role-organization-kind", role.name());
            }
        }
        if (iin != null && !iin.isBlank()) {
            if (!roles.contains(Role.CITIZEN)) {
                throw ProblemException.badRequest("iin-citizens-only");
            }
            if (accounts.iinTaken(iin.strip())) {
                throw ProblemException.conflict("iin-taken");
            }
        }
        UUID id = accounts.create(name, displayName.trim(), passwords.encode(password), organizationId, roles);
        if (iin != null && !iin.isBlank()) {
            accounts.setIin(id, iin.strip());
        }
        return id;
    }
}
