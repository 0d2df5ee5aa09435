package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.senim.rights.RightsFixtures;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** `senim rights`: the sign-off queue and the refusal check (only a keyed hash leaves the machine). */
@SenimIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RightsCliIntegrationTest {

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    @Test
    void anOperatorSignsOffFromTheCommandLineAndChecksRefusals(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http admin = http.bearer(http.login("admin", Fixtures.DEMO_PASSWORD));
        UUID org = fixtures.organization("STATE_BODY");
        String user = fixtures.account(org, "OPERATOR");
        Http operator = http.bearer(http.login(user, Fixtures.PASSWORD));
        UUID system = RightsFixtures.registered(operator, http.bearer(http.login("regulator", Fixtures.DEMO_PASSWORD)),
                "Welfare " + UUID.randomUUID(), RightsFixtures.highRiskAnswers());
        String iin = RightsFixtures.randomIin();
        Http citizen = http.bearer(http.login(RightsFixtures.citizen(admin, iin), Fixtures.PASSWORD));
        long index = RightsFixtures.log(operator, RightsFixtures.decision(system, iin, "Officer 1", Instant.now().toString()));

        Path token = home.resolve("token");
        String url = "http://localhost:" + port;
        assertThat(Stdin.with(Fixtures.PASSWORD, () -> SenimCli.run("login", "--url", url, "--token-file", token.toString(), "-u", user,
                "--password-stdin"))).isZero();
        assertThat(SenimCli.run("rights", "signoff", "list", "--url", url, "--token-file", token.toString())).isZero();
        assertThat(output.getOut()).contains("{\"index\":" + index + ",");
        assertThat(SenimCli.run("rights", "signoff", "approve", String.valueOf(index), "--note", "checked", "--url", url,
                "--token-file", token.toString())).isZero();
        assertThat(output.getOut()).contains("\"signOff\":\"APPROVED\"");
        assertThat(SenimCli.run("rights", "signoff", "approve", String.valueOf(index), "--url", url, "--lang", "en",
                "--token-file", token.toString())).isEqualTo(1);
        assertThat(output.getErr()).contains("Already signed off");

        String other = RightsFixtures.randomIin();
        assertThat(Stdin.with(iin + "\n" + other + "\n", () -> SenimCli.run("rights", "refusals", "check", "--url", url,
                "--token-file", token.toString()))).isZero();
        citizen.post("/api/v1/rights/refusals", Map.of("systemId", system.toString(), "wholeOperator", true));
        assertThat(Stdin.with(iin + "\n" + other + "\n", () -> SenimCli.run("rights", "refusals", "check", "--url", url,
                "--token-file", token.toString()))).isEqualTo(4);
        assertThat(output.getOut()).contains("{\"line\":1,\"refused\":true,\"byOrganization\":true")
                .contains("{\"line\":2,\"refused\":false").doesNotContain(iin);
        assertThat(Stdin.with("12345\n", () -> SenimCli.run("rights", "refusals", "check", "--url", url,
                "--token-file", token.toString()))).isEqualTo(1);
        assertThat(Files.exists(token)).isTrue();
    }
}
