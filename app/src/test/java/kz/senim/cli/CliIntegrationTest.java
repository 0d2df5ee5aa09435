package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.senim.support.Fixtures;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real command line against the real server: sign in, keep the token, call the API with it. */
@SenimIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CliIntegrationTest {

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    @Test
    void loginKeepsATokenThatLaterCommandsUse(CapturedOutput output) throws Exception {
        Path tokenFile = home.resolve("token");
        String url = "http://localhost:" + port;
        int login = Stdin.with(Fixtures.DEMO_PASSWORD, () -> SenimCli.run("login", "--url", url, "--token-file", tokenFile.toString(),
                "-u", "operator", "--password-stdin"));
        assertThat(login).isZero();
        assertThat(Files.readString(tokenFile)).startsWith("snm_");
        assertThat(Files.getPosixFilePermissions(tokenFile).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");

        assertThat(SenimCli.run("whoami", "--url", url, "--token-file", tokenFile.toString())).isZero();
        assertThat(output.getOut()).contains("\"username\" : \"operator\"");
        assertThat(SenimCli.run("organizations", "--url", url, "--token-file", tokenFile.toString())).isZero();
        assertThat(output.getOut()).contains("Ministry of Labour and Social Protection of the Population");
    }

    @Test
    void aWrongPasswordIsALocalizedOneLineError(CapturedOutput output) throws Exception {
        int code = Stdin.with("wrong-password", () -> SenimCli.run("login", "--url", "http://localhost:" + port, "--lang", "en",
                "--token-file", home.resolve("t").toString(), "-u", "operator", "--password-stdin"));
        assertThat(code).isEqualTo(3);
        assertThat(output.getErr()).contains("senim: Sign-in failed: Wrong username or password.").doesNotContain("Exception");
        assertThat(home.resolve("t")).doesNotExist();
    }
}
