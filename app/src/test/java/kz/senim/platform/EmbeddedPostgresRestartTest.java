package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kz.senim.SenimApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data written to the embedded PostgreSQL is still there after a clean shutdown and a new start. */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndDemoDataIsCreatedOnce() {
        String name = "Survivor " + UUID.randomUUID();
        try (var first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("insert into organization (id, name, kind) values (?, ?, 'COMPANY')").params(UUID.randomUUID(), name).update();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("PostgreSQL stopped cleanly").isFalse();
        try (var second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SenimApplication.class).run(
                "--server.port=0", "--senim.data-dir=" + dataDir, "--logging.structured.format.console=",
                "--spring.main.banner-mode=off");
    }
}
