package kz.senim.account.internal;

import java.util.Optional;
import kz.senim.account.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the {@link CurrentUser} behind any kind of sign-in. */
final class CurrentUsers {

    private CurrentUsers() {
    }

    static Optional<CurrentUser> of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return switch (auth.getPrincipal()) {
            case CurrentUser user -> Optional.of(user);
            case SenimOidcUser oidc -> Optional.of(oidc.user());
            case null, default -> Optional.empty();
        };
    }

    static Optional<CurrentUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
