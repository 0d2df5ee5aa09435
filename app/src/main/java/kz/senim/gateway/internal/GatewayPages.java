package kz.senim.gateway.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.guard.FindingType;
import kz.senim.platform.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gateway in the web UI: how to connect and which models there are (every member), the organization's
 * dashboard and configuration (its operators, admins), and the regulator's overview across organizations.
 */
@Controller
class GatewayPages {

    private final GatewaySettings settings;
    private final GatewayConfigs configs;
    private final AuditQueries audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    GatewayPages(GatewaySettings settings, GatewayConfigs configs, AuditQueries audit, MessageSource messages, JdbcClient jdbc) {
        this.settings = settings;
        this.configs = configs;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @GetMapping("/gateway")
    String page(CurrentUser me, @RequestParam(required = false) UUID org, HttpServletRequest request, Model model) {
        me.require(Role.OPERATOR, Role.REVIEWER, Role.REGULATOR, Role.ADMIN);
        UUID id = me.has(Role.ADMIN) && org != null ? org : me.organizationId();
        model.addAttribute("baseUrl", request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/v1");
        model.addAttribute("org", id);
        if (me.has(Role.ADMIN)) {
            model.addAttribute("organizations", jdbc.sql("select id, name from organization order by name")
                    .query((rs, n) -> Map.of("id", rs.getObject(1, UUID.class), "name", rs.getString(2))).list());
        }
        if (id == null) {
            return "gateway/index";
        }
        model.addAttribute("models", configs.get(id).models().values().stream()
                .sorted(java.util.Comparator.comparing(OrgConfig.Route::alias)).toList());
        boolean manager = me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(id);
        model.addAttribute("manager", manager);
        if (manager) {
            var upstreams = settings.upstreams(me, id);
            model.addAttribute("upstreams", upstreams);
            model.addAttribute("policies", settings.policies(me, id));
            model.addAttribute("labelling", settings.labelling(me, id));
            // the choices of the domestic model, and the models a domestic route can be set for
            model.addAttribute("domesticModels", GatewaySettings.aliases(upstreams, true));
            model.addAttribute("domesticRoutes", settings.domesticRoutes(me, id));
            model.addAttribute("externalModels", GatewaySettings.aliases(upstreams, false));
            model.addAttribute("terms", String.join("\n", settings.terms(me, id)));
            model.addAttribute("patterns", settings.patterns(me, id));
            model.addAttribute("figures", audit.figures(id, 14));
            model.addAttribute("calls", audit.calls(id, 20));
            model.addAttribute("actions", Action.values());
            model.addAttribute("kinds", UpstreamKind.values());
        }
        return "gateway/index";
    }

    @GetMapping("/gateway/overview")
    String overview(CurrentUser me, Model model) {
        me.require(Role.REGULATOR, Role.ADMIN);
        model.addAttribute("figures", audit.figures(null, 14));
        model.addAttribute("organizations", audit.byOrganization(14));
        return "gateway/overview";
    }

    @PostMapping("/gateway/{org}/upstreams")
    String addUpstream(CurrentUser me, @PathVariable UUID org, @RequestParam String name, @RequestParam UpstreamKind kind,
                       @RequestParam String baseUrl, @RequestParam(required = false) String apiKey,
                       @RequestParam String models, RedirectAttributes flash) {
        return act(org, flash, () -> {
            List<UpstreamStore.ModelAlias> aliases = new ArrayList<>();
            for (String line : models.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] parts = l.split("=", 2);
                String alias = parts[0].strip();
                String target = parts.length > 1 ? parts[1].strip() : alias;
                if (!alias.matches("[A-Za-z0-9._:/-]{1,100}") || target.isEmpty() || target.length() > 200) {
                    throw ProblemException.badRequest("gateway-model-line", l);
                }
                aliases.add(new UpstreamStore.ModelAlias(alias, target));
            }
            if (name.isBlank() || name.length() > 100 || aliases.isEmpty()) {
                throw ProblemException.badRequest("gateway-upstream-form");
            }
            settings.createUpstream(me, org, new UpstreamStore.UpstreamDraft(name, kind, baseUrl,
                    apiKey == null || apiKey.isBlank() ? null : apiKey, aliases));
        });
    }

    @PostMapping("/gateway/{org}/upstreams/{id}/delete")
    String deleteUpstream(CurrentUser me, @PathVariable UUID org, @PathVariable UUID id, RedirectAttributes flash) {
        return act(org, flash, () -> settings.deleteUpstream(me, org, id));
    }

    @PostMapping("/gateway/{org}/policies")
    String savePolicies(CurrentUser me, @PathVariable UUID org, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return act(org, flash, () -> {
            Map<FindingType, Action> policies = new EnumMap<>(FindingType.class);
            for (FindingType t : FindingType.values()) {
                String v = form.get("policy-" + t.name());
                if (v != null) {
                    policies.put(t, Action.valueOf(v));
                }
            }
            String domestic = form.getOrDefault("domesticModel", "").strip();
            Map<String, String> routes = new java.util.TreeMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith("domestic-for-") && !v.isBlank()) {
                    routes.put(k.substring("domestic-for-".length()), v.strip());
                }
            });
            settings.savePolicies(me, org, policies, new GuardSettingsStore.Settings(
                    form.containsKey("disclosure"), form.containsKey("redactAnswers"), domestic.isEmpty() ? null : domestic), routes);
        });
    }

    @PostMapping("/gateway/{org}/terms")
    String saveTerms(CurrentUser me, @PathVariable UUID org, @RequestParam String terms, RedirectAttributes flash) {
        return act(org, flash, () -> settings.replaceTerms(me, org, List.of(terms.split("\\R"))));
    }

    @PostMapping("/gateway/{org}/patterns")
    String addPattern(CurrentUser me, @PathVariable UUID org, @RequestParam String name, @RequestParam String regex,
                      RedirectAttributes flash) {
        return act(org, flash, () -> settings.addPattern(me, org, name.strip(), regex));
    }

    @PostMapping("/gateway/{org}/patterns/{id}/delete")
    String deletePattern(CurrentUser me, @PathVariable UUID org, @PathVariable UUID id, RedirectAttributes flash) {
        return act(org, flash, () -> settings.deletePattern(me, org, id));
    }

    /** Runs a change; a refusal comes back as a localized message on the page, the change is not made. */
    private String act(UUID org, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("saved", true);
        } catch (ProblemException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            flash.addFlashAttribute("error", messages.getMessage("problem." + e.code() + ".detail", e.args(),
                    e.code(), LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", messages.getMessage("gateway.page.badForm", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/gateway?org=" + org;
    }
}
