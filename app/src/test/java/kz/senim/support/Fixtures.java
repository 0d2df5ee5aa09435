package kz.senim.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates organizations and accounts through the admin API, with unique names per call. */
public final class Fixtures {

    public static final String DEMO_PASSWORD = "senim-demo-2026";
    public static final String PASSWORD = "a-long-test-password";

    private final Http admin;

    public Fixtures(Http http) {
        this.admin = http.bearer(http.login("admin", DEMO_PASSWORD));
    }

    public UUID organization(String kind) {
        var r = admin.post("/api/v1/organizations", Map.of("name", kind + " " + UUID.randomUUID(), "kind", kind));
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return UUID.fromString(r.json().path("id").asString());
    }

    public String account(UUID organization, String... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 12);
        var body = new java.util.HashMap<String, Object>();
        body.put("username", username);
        body.put("displayName", "Test " + username);
        body.put("password", PASSWORD);
        body.put("roles", List.of(roles));
        if (organization != null) {
            body.put("organizationId", organization.toString());
        }
        var r = admin.post("/api/v1/accounts", body);
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return username;
    }
}
