package kz.senim.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.OrganizationKind;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminPageController {

    private final Organizations organizations;
    private final Accounts accounts;
    private final AccountService service;
    private final Problems problems;

    AdminPageController(Organizations organizations, Accounts accounts, AccountService service, Problems problems) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.service = service;
        this.problems = problems;
    }

    @GetMapping("/admin")
    String admin(CurrentUser me, Model model) {
        me.require(Role.ADMIN);
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("roles", Role.values());
        return "admin/index";
    }

    @PostMapping("/admin/organizations")
    String createOrganization(CurrentUser me, @RequestParam String name, @RequestParam OrganizationKind kind,
                              @RequestParam(required = false) String bin, Model model) {
        me.require(Role.ADMIN);
        if (name.isBlank() || name.length() > 300 || bin != null && !bin.isBlank() && !bin.trim().matches("\\d{12}")) {
            model.addAttribute("adminError", problems.message("admin.invalid"));
            return admin(me, model);
        }
        return attempt(me, model, () -> service.createOrganization(name, kind, bin));
    }

    @PostMapping("/admin/accounts")
    String createAccount(CurrentUser me, @RequestParam String username, @RequestParam String displayName,
                         @RequestParam String password, @RequestParam(required = false) UUID organizationId,
                         @RequestParam(required = false) List<Role> roles, Model model) {
        me.require(Role.ADMIN);
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (chosen.isEmpty() || password.length() < 12 || !username.matches("[a-zA-Z0-9._@-]{3,64}") || displayName.isBlank()) {
            model.addAttribute("adminError", problems.message("admin.invalid"));
            return admin(me, model);
        }
        return attempt(me, model, () -> service.createAccount(username, displayName, password, organizationId, chosen));
    }

    private String attempt(CurrentUser me, Model model, Runnable action) {
        try {
            action.run();
            model.addAttribute("adminNotice", problems.message("admin.saved"));
        } catch (ProblemException e) {
            model.addAttribute("adminError", problems.message("problem." + e.code() + ".detail", e.args()));
        }
        return admin(me, model);
    }

    @GetMapping("/organizations/{id}")
    String organization(CurrentUser me, @PathVariable UUID id, Model model) {
        me.requireMemberOf(id);
        model.addAttribute("organization", organizations.find(id)
                .orElseThrow(() -> ProblemException.notFound("organization-not-found")));
        model.addAttribute("members", accounts.members(id));
        return "admin/organization";
    }
}
