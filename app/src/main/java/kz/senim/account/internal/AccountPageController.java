package kz.senim.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's own account and API tokens. With htmx only the token panel is re-rendered. */
@Controller
class AccountPageController {

    private final ApiTokens tokens;
    private final Organizations organizations;
    private final Problems problems;

    AccountPageController(ApiTokens tokens, Organizations organizations, Problems problems) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.problems = problems;
    }

    @GetMapping("/account")
    String page(CurrentUser me, Model model) {
        fill(me, model);
        model.addAttribute("organization", me.organizationId() == null ? null
                : organizations.find(me.organizationId()).orElse(null));
        return "account/index";
    }

    @PostMapping("/account/tokens")
    String create(CurrentUser me, @RequestParam String name, @RequestParam(defaultValue = "30") String days,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        try {
            int d = Integer.parseInt(days.trim());
            if (name.isBlank() || name.length() > 100) {
                throw ProblemException.badRequest("token-name");
            }
            model.addAttribute("issued", tokens.issue(me, name.trim(), Duration.ofDays(d), null));
        } catch (NumberFormatException e) {
            model.addAttribute("tokenError", problems.message("problem.token-lifetime.detail", ApiTokens.MAX_LIFETIME.toDays()));
        } catch (ProblemException e) {
            model.addAttribute("tokenError", problems.message("problem." + e.code() + ".detail", e.args()));
        }
        return respond(me, htmx, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        try {
            tokens.revoke(me, id);
        } catch (ProblemException e) {
            model.addAttribute("tokenError", problems.message("problem." + e.code() + ".detail", e.args()));
        }
        return respond(me, htmx, model);
    }

    private String respond(CurrentUser me, String htmx, Model model) {
        if (htmx == null) {
            return page(me, model);
        }
        fill(me, model);
        return "account/tokens :: panel";
    }

    private void fill(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("now", Instant.now());
    }
}
