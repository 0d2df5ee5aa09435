package kz.senim.gateway.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.senim.guard.FindingType;
import kz.senim.guard.LeakGuard;

/** One organization's gateway configuration as the hot path uses it: read once, reused for a while. */
record OrgConfig(UUID organizationId, Map<FindingType, Action> policies, boolean disclosure, boolean redactAnswers,
                 String domesticModel, Map<String, String> domesticRoutes, List<Upstream> upstreams, Map<String, Route> models,
                 LeakGuard guard) {

    /** An upstream with its decrypted API key; {@link #toString()} never shows the key. */
    record Upstream(UUID id, String name, UpstreamKind kind, URI baseUrl, String apiKey) {
        @Override
        public String toString() {
            return "Upstream[" + name + ", " + kind + ", " + baseUrl + "]";
        }
    }

    /** A model alias the organization's users call, and where it goes. */
    record Route(String alias, Upstream upstream, String upstreamModel) {
    }

    Action action(FindingType type) {
        return policies.getOrDefault(type, Policies.byDefault(type));
    }

    Optional<Route> route(String alias) {
        return Optional.ofNullable(alias == null ? null : models.get(alias));
    }

    /**
     * Where ROUTE_DOMESTIC sends a request for {@code alias}: the domestic model mapped for that alias, else the
     * one the organization chose, else (none, or one whose upstream is gone or no longer domestic) the first
     * domestic alias by name, so the choice never depends on the order rows were read in.
     */
    Optional<Route> domestic(String alias) {
        return domesticRoute(domesticRoutes.get(alias)).or(() -> domesticRoute(domesticModel))
                .or(() -> domesticModels().stream().findFirst());
    }

    private Optional<Route> domesticRoute(String alias) {
        return Optional.ofNullable(alias == null ? null : models.get(alias)).filter(r -> r.upstream().kind() == UpstreamKind.DOMESTIC);
    }

    /** The aliases of domestic upstreams, by name. */
    List<Route> domesticModels() {
        return models.values().stream().filter(r -> r.upstream().kind() == UpstreamKind.DOMESTIC)
                .sorted(java.util.Comparator.comparing(Route::alias)).toList();
    }
}
