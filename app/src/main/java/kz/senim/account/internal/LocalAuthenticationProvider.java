package kz.senim.account.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in local accounts and locks an account after repeated failures. An unknown name costs the same
 * hash as a known one, so timing does not tell which names exist.
 */
@Component
class LocalAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy policy;
    private final Clock clock;
    private final String dummyHash;

    LocalAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, LoginPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
        this.dummyHash = passwords.encode("not a password of anyone");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getPrincipal()).trim().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(request.getCredentials());
        var found = accounts.credentials(username);
        if (found.isEmpty() || found.get().passwordHash() == null) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        var account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            throw new LockedException("locked");
        }
        if (!account.enabled()) {
            throw new DisabledException("disabled");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            accounts.recordFailure(account.user().id(), policy.maxFailures(), now.plus(policy.lockFor()));
            throw new BadCredentialsException("bad credentials");
        }
        accounts.recordSuccess(account.user().id());
        return UsernamePasswordAuthenticationToken.authenticated(account.user(), null, account.user().authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
