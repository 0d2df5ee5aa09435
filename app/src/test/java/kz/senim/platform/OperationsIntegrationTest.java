package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SenimIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthReportsTheDatabase() {
        var health = new Http(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.bearer(http.login("operator", Fixtures.DEMO_PASSWORD)).get("/actuator/prometheus").status()).isEqualTo(403);
        var metrics = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD)).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openApiDescribesTheApi() {
        var docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(docs.json().path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(new Http(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theEmbeddedDatabaseIsDurable() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void logsNeverContainPasswordsOrTokens(CapturedOutput output) {
        Http http = new Http(port);
        String secretPassword = "never-log-this-password-7781";
        http.post("/api/v1/auth/token", Map.of("username", "operator", "password", secretPassword));
        String token = http.login("operator", Fixtures.DEMO_PASSWORD);
        http.bearer(token).get("/api/v1/me");
        http.bearer(token + "x").get("/api/v1/me");
        http.post("/api/v1/auth/token", "{\"username\": \"operator\", \"password\": \"" + secretPassword + "\"");
        assertThat(output.getAll()).doesNotContain(secretPassword).doesNotContain(token.substring(4))
                .doesNotContain(Fixtures.DEMO_PASSWORD);
    }
}
