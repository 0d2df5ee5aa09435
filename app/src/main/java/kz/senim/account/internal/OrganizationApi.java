package kz.senim.account.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.Account;
import kz.senim.account.CurrentUser;
import kz.senim.account.Organization;
import kz.senim.account.OrganizationKind;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organizations")
@SecurityRequirement(name = "bearer")
class OrganizationApi {

    private final Organizations organizations;
    private final Accounts accounts;
    private final AccountService service;

    OrganizationApi(Organizations organizations, Accounts accounts, AccountService service) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.service = service;
    }

    record NewOrganization(@NotBlank @Size(max = 300) String name, @NotNull OrganizationKind kind,
                           @Pattern(regexp = "\\d{12}", message = "{validation.bin}") String bin) {
    }

    record NewAccount(@NotBlank @Pattern(regexp = "[a-zA-Z0-9._@-]{3,64}", message = "{validation.username}") String username,
                      @NotBlank @Size(max = 200) String displayName,
                      @NotBlank @Size(min = 12, max = 256) String password,
                      UUID organizationId,
                      @NotEmpty Set<Role> roles,
                      @Pattern(regexp = "\\d{12}", message = "{validation.iin}") String iin) {
    }

    @Operation(summary = "Organizations the caller may see: all for admins and the regulator, else their own")
    @GetMapping("/organizations")
    List<Organization> list(CurrentUser me) {
        if (me.hasAny(Role.ADMIN, Role.REGULATOR)) {
            return organizations.all();
        }
        return me.organizationId() == null ? List.of() : organizations.find(me.organizationId()).stream().toList();
    }

    @Operation(summary = "One organization")
    @GetMapping("/organizations/{id}")
    Organization get(CurrentUser me, @PathVariable UUID id) {
        if (!me.has(Role.REGULATOR)) {
            me.requireMemberOf(id);
        }
        return organizations.find(id).orElseThrow(() -> ProblemException.notFound("organization-not-found"));
    }

    @Operation(summary = "Accounts of an organization (its members and admins only)")
    @GetMapping("/organizations/{id}/accounts")
    List<Account> members(CurrentUser me, @PathVariable UUID id) {
        me.requireMemberOf(id);
        return accounts.members(id);
    }

    @Operation(summary = "Create an organization (admin)")
    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    Organization create(CurrentUser me, @Valid @RequestBody NewOrganization request) {
        me.require(Role.ADMIN);
        return service.createOrganization(request.name(), request.kind(), request.bin());
    }

    @Operation(summary = "Create an account (admin)")
    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Account createAccount(CurrentUser me, @Valid @RequestBody NewAccount request) {
        me.require(Role.ADMIN);
        UUID id = service.createAccount(request.username(), request.displayName(), request.password(),
                request.organizationId(), request.roles(), request.iin());
        return accounts.find(id).orElseThrow();
    }
}
