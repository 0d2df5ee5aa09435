package kz.senim.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts and tokens")
class AuthApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApi(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username,
                        @NotBlank @Size(max = 256) String password,
                        @Size(max = 100) String name,
                        @Min(1) @Max(365) Integer lifetimeDays,
                        Set<Role> roles) {
    }

    record NewTokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) Integer lifetimeDays, Set<Role> roles) {
    }

    record TokenResponse(UUID id, String token, String name, java.time.Instant expiresAt, Set<Role> roles) {
        static TokenResponse of(ApiTokens.Issued t) {
            return new TokenResponse(t.id(), t.token(), t.name(), t.expiresAt(), t.roles());
        }
    }

    @Operation(summary = "Exchange a username and password for an API token (used by the CLI)")
    @PostMapping("/auth/token")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        CurrentUser user;
        try {
            var auth = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
            user = (CurrentUser) auth.getPrincipal();
        } catch (LockedException e) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "account-locked");
        } catch (AuthenticationException e) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials");
        }
        String name = request.name() == null || request.name().isBlank() ? "cli" : request.name().trim();
        return TokenResponse.of(tokens.issue(user, name, days(request.lifetimeDays()), request.roles()));
    }

    @Operation(summary = "Who the caller is", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/me")
    CurrentUser me(CurrentUser me) {
        return me;
    }

    @Operation(summary = "The caller's API tokens", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/tokens")
    List<ApiTokens.TokenInfo> list(CurrentUser me) {
        return tokens.list(me);
    }

    @Operation(summary = "Issue another API token for the caller", security = @SecurityRequirement(name = "bearer"))
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(CurrentUser me, @Valid @RequestBody NewTokenRequest request) {
        return TokenResponse.of(tokens.issue(me, request.name().trim(), days(request.lifetimeDays()), request.roles()));
    }

    @Operation(summary = "Revoke one of the caller's tokens", security = @SecurityRequirement(name = "bearer"))
    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser me, @PathVariable UUID id) {
        tokens.revoke(me, id);
    }

    private static Duration days(Integer days) {
        return Duration.ofDays(days == null ? 30 : days);
    }
}
