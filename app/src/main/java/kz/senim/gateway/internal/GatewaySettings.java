package kz.senim.gateway.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.guard.FindingType;
import kz.senim.guard.InvalidPatternException;
import kz.senim.guard.LeakGuard;
import kz.senim.platform.ProblemException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Changes to an organization's gateway configuration, checked the same way for the API and the pages:
 * administrators for any organization, operators for their own. Every change takes effect at once here.
 */
@Service
class GatewaySettings {

    private final UpstreamStore upstreams;
    private final GuardSettingsStore settings;
    private final GatewayConfigs configs;

    GatewaySettings(UpstreamStore upstreams, GuardSettingsStore settings, GatewayConfigs configs) {
        this.upstreams = upstreams;
        this.settings = settings;
        this.configs = configs;
    }

    /** Who configures and audits an organization's gateway. */
    static void requireManager(CurrentUser me, UUID organization) {
        if (!(me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(organization))) {
            throw ProblemException.forbidden();
        }
    }

    /** The model aliases of these upstreams, domestic or external ones, by name. */
    static List<String> aliases(List<UpstreamStore.UpstreamView> ups, boolean domestic) {
        return ups.stream().filter(u -> (u.kind() == UpstreamKind.DOMESTIC) == domestic)
                .flatMap(u -> u.models().stream()).map(UpstreamStore.ModelAlias::alias).sorted().toList();
    }

    List<UpstreamStore.UpstreamView> upstreams(CurrentUser me, UUID org) {
        requireManager(me, org);
        return upstreams.list(org);
    }

    UUID createUpstream(CurrentUser me, UUID org, UpstreamStore.UpstreamDraft draft) {
        requireManager(me, org);
        check(org, draft, null);
        UUID id = upstreams.create(org, clean(draft));
        configs.evict(org);
        return id;
    }

    void updateUpstream(CurrentUser me, UUID org, UUID id, UpstreamStore.UpstreamDraft draft) {
        requireManager(me, org);
        check(org, draft, id);
        if (!upstreams.update(org, id, clean(draft))) {
            throw ProblemException.notFound("gateway-upstream-unknown");
        }
        settings.forgetGoneDomesticChoices(org);
        configs.evict(org);
    }

    void deleteUpstream(CurrentUser me, UUID org, UUID id) {
        requireManager(me, org);
        if (!upstreams.delete(org, id)) {
            throw ProblemException.notFound("gateway-upstream-unknown");
        }
        settings.forgetGoneDomesticChoices(org);
        configs.evict(org);
    }

    Map<FindingType, Action> policies(CurrentUser me, UUID org) {
        requireManager(me, org);
        return settings.policies(org);
    }

    GuardSettingsStore.Settings labelling(CurrentUser me, UUID org) {
        requireManager(me, org);
        return settings.settings(org);
    }

    Map<String, String> domesticRoutes(CurrentUser me, UUID org) {
        requireManager(me, org);
        return settings.domesticRoutes(org);
    }

    /**
     * Checks the domestic choices before anything is saved: the chosen domestic model and every route's target must
     * be domestic aliases, every routed alias one of an external upstream. {@code domesticRoutes} null keeps the stored ones.
     */
    void savePolicies(CurrentUser me, UUID org, Map<FindingType, Action> policies, GuardSettingsStore.Settings labelling,
                      Map<String, String> domesticRoutes) {
        requireManager(me, org);
        var ups = upstreams.list(org);
        Set<String> domestic = Set.copyOf(aliases(ups, true));
        Set<String> external = Set.copyOf(aliases(ups, false));
        if (labelling.domesticModel() != null && !domestic.contains(labelling.domesticModel())) {
            throw ProblemException.badRequest("gateway-domestic-model-unknown", labelling.domesticModel());
        }
        if (domesticRoutes != null) {
            for (var e : domesticRoutes.entrySet()) {
                if (!external.contains(e.getKey())) {
                    throw ProblemException.badRequest("gateway-domestic-route-alias", e.getKey());
                }
                if (!domestic.contains(e.getValue())) {
                    throw ProblemException.badRequest("gateway-domestic-model-unknown", e.getValue());
                }
            }
        }
        settings.savePolicies(org, policies, labelling, domesticRoutes);
        configs.evict(org);
    }

    List<String> terms(CurrentUser me, UUID org) {
        requireManager(me, org);
        return settings.terms(org);
    }

    void replaceTerms(CurrentUser me, UUID org, List<String> terms) {
        requireManager(me, org);
        Set<String> clean = new LinkedHashSet<>();
        for (String t : terms) {
            String s = t == null ? "" : t.strip().replaceAll("\\s+", " ");
            if (s.length() > 200) {
                throw ProblemException.badRequest("gateway-term-too-long");
            }
            if (!s.isEmpty()) {
                clean.add(s);
            }
        }
        if (clean.size() > 5000) {
            throw ProblemException.badRequest("gateway-too-many-terms");
        }
        settings.replaceTerms(org, new ArrayList<>(clean));
        configs.evict(org);
    }

    List<GuardSettingsStore.Pattern> patterns(CurrentUser me, UUID org) {
        requireManager(me, org);
        return settings.patterns(org);
    }

    /** Refused unless the guard can run it in linear time; the guard's reason goes to the administrator. */
    UUID addPattern(CurrentUser me, UUID org, String name, String regex) {
        requireManager(me, org);
        if (name == null || !name.matches("[a-z0-9-]{1,50}")) {
            throw ProblemException.badRequest("gateway-pattern-name");
        }
        if (regex == null || regex.isBlank() || regex.length() > 1000) {
            throw ProblemException.badRequest("gateway-invalid-pattern", "—");
        }
        try {
            // The guard's own save-time check (PatternDetector.check); its package is internal to the guard module.
            LeakGuard.builder().addPattern(name, regex);
        } catch (InvalidPatternException e) {
            throw ProblemException.badRequest("gateway-invalid-pattern", reason(e));
        }
        if (settings.patternNameTaken(org, name)) {
            throw ProblemException.conflict("gateway-pattern-name-taken", name);
        }
        UUID id = settings.addPattern(org, name, regex);
        configs.evict(org);
        return id;
    }

    void deletePattern(CurrentUser me, UUID org, UUID id) {
        requireManager(me, org);
        if (!settings.deletePattern(org, id)) {
            throw ProblemException.notFound("gateway-pattern-unknown");
        }
        configs.evict(org);
    }

    /** The guard's reason in the caller's language, resolved with the problem's detail; its English text as the fallback. */
    private static MessageSourceResolvable reason(InvalidPatternException e) {
        String text = String.valueOf(e.getMessage());
        String detail = e.reason() == InvalidPatternException.Reason.SYNTAX && text.contains("syntax: ")
                ? text.substring(text.indexOf("syntax: ") + 8) : text;
        return new DefaultMessageSourceResolvable(new String[] {"gateway.pattern." + e.reason().name()}, new Object[] {detail}, text);
    }

    private void check(UUID org, UpstreamStore.UpstreamDraft d, UUID self) {
        URI uri;
        try {
            uri = URI.create(d.baseUrl().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("gateway-invalid-url");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null
                || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw ProblemException.badRequest("gateway-invalid-url");
        }
        if (upstreams.nameTaken(org, d.name().strip(), self)) {
            throw ProblemException.conflict("gateway-name-taken", d.name().strip());
        }
        Set<String> seen = new HashSet<>();
        for (var m : d.models()) {
            if (!seen.add(m.alias()) || upstreams.aliasTaken(org, m.alias(), self)) {
                throw ProblemException.conflict("gateway-alias-taken", m.alias());
            }
        }
    }

    private static UpstreamStore.UpstreamDraft clean(UpstreamStore.UpstreamDraft d) {
        return new UpstreamStore.UpstreamDraft(d.name().strip(), d.kind(), d.baseUrl().strip(), d.apiKey(),
                d.models().stream().map(m -> new UpstreamStore.ModelAlias(m.alias().strip(), m.upstreamModel().strip())).toList());
    }
}
