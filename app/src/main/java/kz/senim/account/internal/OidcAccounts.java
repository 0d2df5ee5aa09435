package kz.senim.account.internal;

import java.util.Locale;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps an identity-provider sign-in to a local account by {@code preferred_username}. Roles and the
 * organization stay in Senim, so a provider cannot grant itself rights; unknown people are refused.
 */
class OidcAccounts extends OidcUserService {

    private final Accounts accounts;

    OidcAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String name = oidc.getPreferredUsername();
        return accounts.byUsername(name == null ? "" : name.toLowerCase(Locale.ROOT))
                .map(user -> new SenimOidcUser(oidc, user))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_account")));
    }
}
