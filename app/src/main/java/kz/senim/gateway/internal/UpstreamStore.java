package kz.senim.gateway.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Upstreams and model aliases in PostgreSQL; API keys are stored encrypted and read back only for calls. */
@Component
class UpstreamStore {

    private final JdbcClient jdbc;
    private final GatewayKeys keys;

    UpstreamStore(JdbcClient jdbc, GatewayKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    record ModelAlias(String alias, String upstreamModel) {
    }

    /** What the API and pages show of an upstream: never the key, only whether one is set. */
    record UpstreamView(UUID id, String name, UpstreamKind kind, String baseUrl, boolean hasApiKey, List<ModelAlias> models) {
    }

    record UpstreamDraft(String name, UpstreamKind kind, String baseUrl, String apiKey, List<ModelAlias> models) {
    }

    List<UpstreamView> list(UUID organization) {
        Map<UUID, List<ModelAlias>> models = new LinkedHashMap<>();
        jdbc.sql("select upstream_id, alias, upstream_model from gateway_model where organization_id = ? order by alias")
                .param(organization)
                .query(rs -> {
                    models.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new ModelAlias(rs.getString(2), rs.getString(3)));
                });
        return jdbc.sql("select id, name, kind, base_url, api_key_enc is not null as has_key from gateway_upstream "
                        + "where organization_id = ? order by kind, name")
                .param(organization)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new UpstreamView(id, rs.getString("name"), UpstreamKind.valueOf(rs.getString("kind")),
                            rs.getString("base_url"), rs.getBoolean("has_key"), models.getOrDefault(id, List.of()));
                })
                .list();
    }

    @Transactional
    UUID create(UUID organization, UpstreamDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into gateway_upstream (id, organization_id, name, kind, base_url, api_key_enc) values (?, ?, ?, ?, ?, ?)")
                .params(id, organization, draft.name(), draft.kind().name(), draft.baseUrl(), sealed(draft.apiKey()))
                .update();
        insertModels(organization, id, draft.models());
        return id;
    }

    /** Replaces name, kind, URL and models; a missing API key keeps the stored one. */
    @Transactional
    boolean update(UUID organization, UUID id, UpstreamDraft draft) {
        int n = draft.apiKey() == null
                ? jdbc.sql("update gateway_upstream set name = ?, kind = ?, base_url = ? where id = ? and organization_id = ?")
                        .params(draft.name(), draft.kind().name(), draft.baseUrl(), id, organization).update()
                : jdbc.sql("update gateway_upstream set name = ?, kind = ?, base_url = ?, api_key_enc = ? where id = ? and organization_id = ?")
                        .params(draft.name(), draft.kind().name(), draft.baseUrl(), sealed(draft.apiKey()), id, organization).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from gateway_model where upstream_id = ?").param(id).update();
        insertModels(organization, id, draft.models());
        return true;
    }

    @Transactional
    boolean delete(UUID organization, UUID id) {
        return jdbc.sql("delete from gateway_upstream where id = ? and organization_id = ?").params(id, organization).update() > 0;
    }

    boolean aliasTaken(UUID organization, String alias, UUID exceptUpstream) {
        return jdbc.sql("select count(*) from gateway_model where organization_id = ? and alias = ? and upstream_id <> ?")
                .params(organization, alias, exceptUpstream == null ? new UUID(0, 0) : exceptUpstream)
                .query(Long.class).single() > 0;
    }

    boolean nameTaken(UUID organization, String name, UUID exceptUpstream) {
        return jdbc.sql("select count(*) from gateway_upstream where organization_id = ? and lower(name) = lower(?) and id <> ?")
                .params(organization, name, exceptUpstream == null ? new UUID(0, 0) : exceptUpstream)
                .query(Long.class).single() > 0;
    }

    /** Upstreams with decrypted keys and the routes of their aliases, for the hot path. */
    Map<String, OrgConfig.Route> routes(UUID organization, List<OrgConfig.Upstream> upstreamsOut) {
        Map<UUID, OrgConfig.Upstream> byId = new LinkedHashMap<>();
        jdbc.sql("select id, name, kind, base_url, api_key_enc from gateway_upstream where organization_id = ? order by name")
                .param(organization)
                .query(rs -> {
                    byte[] enc = rs.getBytes("api_key_enc");
                    UUID id = rs.getObject("id", UUID.class);
                    byId.put(id, new OrgConfig.Upstream(id, rs.getString("name"), UpstreamKind.valueOf(rs.getString("kind")),
                            URI.create(rs.getString("base_url")), enc == null ? null : keys.decrypt(enc)));
                });
        upstreamsOut.addAll(byId.values());
        Map<String, OrgConfig.Route> routes = new LinkedHashMap<>();
        jdbc.sql("select alias, upstream_id, upstream_model from gateway_model where organization_id = ? order by alias")
                .param(organization)
                .query(rs -> {
                    var upstream = byId.get(rs.getObject("upstream_id", UUID.class));
                    routes.put(rs.getString("alias"), new OrgConfig.Route(rs.getString("alias"), upstream, rs.getString("upstream_model")));
                });
        return routes;
    }

    private void insertModels(UUID organization, UUID upstream, List<ModelAlias> models) {
        for (ModelAlias m : models) {
            jdbc.sql("insert into gateway_model (organization_id, alias, upstream_id, upstream_model) values (?, ?, ?, ?)")
                    .params(organization, m.alias(), upstream, m.upstreamModel()).update();
        }
    }

    private byte[] sealed(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? null : keys.encrypt(apiKey.strip());
    }
}
