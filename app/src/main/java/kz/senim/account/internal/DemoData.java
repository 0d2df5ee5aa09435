package kz.senim.account.internal;

import java.util.Set;
import kz.senim.account.Organization;
import kz.senim.account.OrganizationKind;
import kz.senim.account.Role;
import kz.senim.platform.UsingEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organizations and one account per role, created on the first start of the embedded default only:
 * with an external database configured this bean does not exist. The README lists the accounts.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "senim-demo-2026";
    /** A made-up IIN with a valid check digit, for the demo citizen only. */
    static final String DEMO_CITIZEN_IIN = "900101300255";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organizations organizations;
    private final AccountService accounts;
    private final boolean enabled;

    DemoData(Organizations organizations, AccountService accounts, @Value("${senim.demo.enabled:true}") boolean enabled) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || organizations.count() > 0) {
            return;
        }
        Organization ministry = accounts.createOrganization("Ministry of Artificial Intelligence and Digital Development",
                OrganizationKind.REGULATOR, null);
        Organization labour = accounts.createOrganization("Ministry of Labour and Social Protection of the Population",
                OrganizationKind.STATE_BODY, null);
        Organization bank = accounts.createOrganization("Dala Bank JSC", OrganizationKind.COMPANY, null);
        Organization audit = accounts.createOrganization("Adal Audit LLP", OrganizationKind.AUDIT_FIRM, null);
        accounts.createOrganization("Digital Rights Foundation", OrganizationKind.CIVIL_SOCIETY, null);

        accounts.createAccount("admin", "Aigerim Admin", PASSWORD, null, Set.of(Role.ADMIN));
        accounts.createAccount("regulator", "Nurlan Regulator", PASSWORD, ministry.id(), Set.of(Role.REGULATOR));
        accounts.createAccount("operator", "Dana Operator", PASSWORD, labour.id(), Set.of(Role.OPERATOR));
        accounts.createAccount("reviewer", "Yerlan Reviewer", PASSWORD, labour.id(), Set.of(Role.REVIEWER));
        accounts.createAccount("bank-operator", "Saule Operator", PASSWORD, bank.id(), Set.of(Role.OPERATOR));
        accounts.createAccount("auditor", "Marat Auditor", PASSWORD, audit.id(), Set.of(Role.AUDITOR));
        accounts.createAccount("citizen", "Asel Citizen", PASSWORD, null, Set.of(Role.CITIZEN), DEMO_CITIZEN_IIN);
        log.info("Demo data created: 5 organizations, 7 accounts (see README)");
    }
}
