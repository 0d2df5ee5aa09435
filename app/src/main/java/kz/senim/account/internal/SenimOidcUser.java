package kz.senim.account.internal;

import kz.senim.account.CurrentUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An OIDC sign-in mapped onto a local account, whose roles and organization apply. */
class SenimOidcUser extends DefaultOidcUser {

    private final CurrentUser user;

    SenimOidcUser(OidcUser oidc, CurrentUser user) {
        super(user.authorities(), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }
}
