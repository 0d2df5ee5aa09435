package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import kz.senim.SenimApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production points Senim at an external PostgreSQL by configuration alone: the embedded database does
 * not start, the schema is migrated there, and no demo data is created.
 */
class ExternalDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void anExternalUrlTurnsTheEmbeddedDatabaseAndDemoDataOff() throws Exception {
        // A separate PostgreSQL server stands in for the production one.
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (var app = new SpringApplicationBuilder(SenimApplication.class).run(
                    "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--senim.data-dir=" + dataDir.resolve("unused"), "--logging.structured.format.console=",
                    "--spring.main.banner-mode=off")) {
                assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(dataDir.resolve("unused/postgres")).doesNotExist();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single()).isPositive();
                assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
                assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isZero();
            }
        }
    }
}
