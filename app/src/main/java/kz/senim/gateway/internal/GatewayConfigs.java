package kz.senim.gateway.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.senim.guard.Detector;
import kz.senim.guard.InvalidPatternException;
import kz.senim.guard.LeakGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Organizations' configurations for the hot path: built once (guard included) and reused for
 * {@code senim.gateway.config-cache-for}; a change made here evicts at once, one made on another instance
 * is seen within that period. Detectors declared as Spring beans join every organization's guard.
 */
@Component
class GatewayConfigs {

    private final UpstreamStore upstreams;
    private final GuardSettingsStore settings;
    private final ObjectProvider<Detector> extraDetectors;
    private final GatewayProperties properties;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(OrgConfig config, Instant loadedAt) {
    }

    GatewayConfigs(UpstreamStore upstreams, GuardSettingsStore settings, ObjectProvider<Detector> extraDetectors,
                   GatewayProperties properties, Clock clock) {
        this.upstreams = upstreams;
        this.settings = settings;
        this.extraDetectors = extraDetectors;
        this.properties = properties;
        this.clock = clock;
    }

    OrgConfig get(UUID organization) {
        Instant now = clock.instant();
        Cached c = cache.get(organization);
        if (c != null && c.loadedAt().plus(properties.configCacheFor()).isAfter(now)) {
            return c.config();
        }
        OrgConfig config = load(organization);
        cache.put(organization, new Cached(config, now));
        return config;
    }

    void evict(UUID organization) {
        cache.remove(organization);
    }

    /** The organization's guard: built-in detectors, its terms and patterns, and any detector beans. */
    LeakGuard guard(UUID organization) {
        LeakGuard.Builder b = LeakGuard.builder().addBuiltIns();
        List<String> terms = settings.terms(organization);
        if (!terms.isEmpty()) {
            b.addTerms("org", terms);
        }
        for (var p : settings.patterns(organization)) {
            try {
                b.addPattern(p.name(), p.regex());
            } catch (InvalidPatternException e) {
                // Checked when saved; one that no longer compiles must not silently stop protecting.
                throw new IllegalStateException("stored gateway pattern " + p.name() + " no longer compiles");
            }
        }
        extraDetectors.orderedStream().forEach(b::add);
        return b.build();
    }

    private OrgConfig load(UUID organization) {
        List<OrgConfig.Upstream> ups = new ArrayList<>();
        var routes = upstreams.routes(organization, ups);
        var s = settings.settings(organization);
        return new OrgConfig(organization, settings.policies(organization), s.disclosure(), s.redactAnswers(), s.domesticModel(),
                Map.copyOf(settings.domesticRoutes(organization)),
                List.copyOf(ups), Map.copyOf(routes), guard(organization));
    }
}
