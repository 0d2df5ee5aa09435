package kz.senim.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person does in Senim; one account may hold several roles. */
public enum Role {
    ADMIN,
    REGULATOR,
    /** Acts for an organization that operates AI systems. */
    OPERATOR,
    /** Handles appeals for an organization. */
    REVIEWER,
    AUDITOR,
    CITIZEN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** Roles that act for an organization and so need one. */
    public boolean needsOrganization() {
        return this == OPERATOR || this == REVIEWER || this == AUDITOR || this == REGULATOR;
    }
}
