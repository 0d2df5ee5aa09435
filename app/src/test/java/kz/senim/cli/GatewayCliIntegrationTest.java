package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.senim.gateway.GatewayFixture;
import kz.senim.gateway.GatewayIntegrationTest;
import kz.senim.gateway.UpstreamStub;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** `senim gateway`: an operator configures the organization's gateway from the command line, through the REST API. */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GatewayCliIntegrationTest {

    static final String KEY = "sk-cli-secret-0001";
    static final String ROTATED = "sk-cli-rotated-0002";

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    UpstreamStub stub;
    Http operator;
    String url;
    String token;

    @BeforeEach
    void signIn() throws Exception {
        stub = new UpstreamStub();
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        UUID org = fixtures.organization("STATE_BODY");
        String user = fixtures.account(org, "OPERATOR");
        operator = http.bearer(http.login(user, Fixtures.PASSWORD));
        url = "http://localhost:" + port;
        token = home.resolve("token").toString();
        assertThat(Stdin.with(Fixtures.PASSWORD, () -> SenimCli.run("login", "--url", url, "--token-file", token, "-u", user,
                "--password-stdin"))).isZero();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private int senim(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--url", url, "--token-file", token, "--lang", "en"}, 0, all, args.length, 6);
        return SenimCli.run(all);
    }

    @Test
    void upstreamsAreAddedWithAKeyThatIsNeverShownAndRemoved(CapturedOutput output) throws Exception {
        assertThat(Stdin.with(KEY + "\n", () -> senim("gateway", "upstreams", "add", "--name", "ext", "--kind", "external",
                "--base-url", stub.baseUrl(), "--model", "gpt-echo=echo", "--model", "echo", "--api-key-stdin"))).isZero();
        assertThat(output.getOut()).containsPattern("\\{\"id\":\"[0-9a-f-]{36}\"}");
        assertThat(senim("gateway", "upstreams", "list")).isZero();
        assertThat(output.getOut()).contains("\"name\":\"ext\"", "\"kind\":\"EXTERNAL\"", "\"hasApiKey\":true",
                "{\"alias\":\"echo\",\"upstreamModel\":\"echo\"}");

        assertThat(operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "hi")).status()).isEqualTo(200);
        assertThat(stub.authorizations).containsExactly("Bearer " + KEY);
        assertThat(Stdin.with(ROTATED, () -> senim("gateway", "upstreams", "set-key", "EXT", "--api-key-stdin"))).isZero();
        assertThat(output.getOut()).contains("API key of «ext» replaced");
        assertThat(operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "hi")).status()).isEqualTo(200);
        assertThat(stub.authorizations).last().isEqualTo("Bearer " + ROTATED);

        String unset = "SENIM_TEST_UNSET_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(senim("gateway", "upstreams", "set-key", "ext", "--api-key-env", unset)).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: the environment variable " + unset + " is not set or empty");
        assertThat(Stdin.with("", () -> senim("gateway", "upstreams", "set-key", "ext", "--api-key-stdin"))).isEqualTo(1);
        assertThat(output.getErr()).contains("no API key on the first line of standard input");
        assertThat(senim("gateway", "upstreams", "set-key", "ext")).isEqualTo(2);
        assertThat(output.getErr()).contains("give the API key with either --api-key-stdin or --api-key-env VAR");
        assertThat(senim("gateway", "upstreams", "add", "--name", "x", "--kind", "EXTERNAL", "--base-url", stub.baseUrl(),
                "--model", "=y")).isEqualTo(2);
        assertThat(output.getErr()).contains("--model takes ALIAS=MODEL or ALIAS, got: =y");
        assertThat(senim("gateway", "upstreams", "add", "--name", "bad", "--kind", "EXTERNAL", "--base-url", "ftp://x",
                "--model", "m")).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Invalid base URL");

        assertThat(senim("gateway", "upstreams", "remove", "ext")).isZero();
        assertThat(output.getOut()).contains("model service «ext» removed with its models");
        assertThat(senim("gateway", "upstreams", "remove", "ext")).isEqualTo(1);
        assertThat(output.getErr()).contains("the organization has no model service with the id or name «ext»");
        assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(ROTATED).doesNotContain("Exception");
    }

    @Test
    void policiesAndTheDomesticModelAreShownAndSet(CapturedOutput output) throws Exception {
        assertThat(senim("gateway", "upstreams", "add", "--name", "ext", "--kind", "EXTERNAL", "--base-url", stub.baseUrl(),
                "--model", "gpt-echo=echo")).isZero();
        assertThat(senim("gateway", "upstreams", "add", "--name", "dom", "--kind", "DOMESTIC", "--base-url", stub.baseUrl(),
                "--model", "kaz-a=domestic-a", "--model", "kaz-b=domestic-b")).isZero();
        assertThat(senim("gateway", "policies", "set", "iin=redact", "--domestic-model", "kaz-b", "--disclosure", "false")).isZero();
        assertThat(output.getOut()).contains("\"IIN\" : \"REDACT\"", "\"domesticModel\" : \"kaz-b\"", "\"disclosure\" : false");

        var r = operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "ДСП\nIIN 850315350124"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(stub.received()).contains("\"model\":\"domestic-b\"");
        assertThat(senim("gateway", "policies", "set", "--domestic-for", "gpt-echo=kaz-a")).isZero();
        assertThat(output.getOut()).contains("\"domesticRoutes\" : {\n    \"gpt-echo\" : \"kaz-a\"");
        stub.bodies.clear();
        assertThat(operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", "ДСП\nотчёт")).status()).isEqualTo(200);
        assertThat(stub.received()).contains("\"model\":\"domestic-a\"");
        assertThat(senim("gateway", "policies", "set", "--no-domestic-for", "gpt-echo")).isZero();
        assertThat(output.getOut()).containsPattern("\"domesticRoutes\" : \\{\\s*}");
        assertThat(senim("gateway", "policies", "set", "--domestic-for", "gpt-echo")).isEqualTo(2);
        assertThat(output.getErr()).contains("--domestic-for takes ALIAS=DOMESTIC (for example gpt-4o=kaz-llm), got: gpt-echo");

        assertThat(senim("gateway", "policies", "set", "--domestic-model", "gpt-echo")).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Not a domestic model: «gpt-echo» is not a model alias of a domestic service");
        assertThat(senim("gateway", "policies", "set", "IIN")).isEqualTo(2);
        assertThat(output.getErr()).contains("a policy is TYPE=ACTION (for example IIN=REDACT), got: IIN");
        assertThat(senim("gateway", "policies", "set")).isEqualTo(2);
        assertThat(output.getErr()).contains("nothing to set");
        assertThat(senim("gateway", "policies", "set", "--first-domestic-model")).isZero();
        assertThat(senim("gateway", "policies", "show")).isZero();
        assertThat(output.getOut()).contains("\"domesticModel\" : null", "\"CUSTOM_PATTERN\" : \"ROUTE_DOMESTIC\"");

        // The audit is written in the background, within a flush period.
        for (int i = 0; i < 50 && !output.getOut().contains("\"routedModel\":\"kaz-b\""); i++) {
            Thread.sleep(200);
            assertThat(senim("gateway", "calls", "--limit", "5")).isZero();
        }
        assertThat(output.getOut()).contains("\"model\":\"gpt-echo\",\"routedModel\":\"kaz-b\"").doesNotContain("850315350124");
        assertThat(senim("gateway", "stats", "--days", "7")).isZero();
        assertThat(output.getOut()).contains("\"ROUTED_DOMESTIC\" : 2");
        assertThat(senim("gateway", "stats", "--all")).as("the aggregate is the regulator's").isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Forbidden");
    }

    @Test
    void termsAndPatternsAreListedAddedAndRemovedAndABadPatternIsRefusedWithTheReason(CapturedOutput output) throws Exception {
        assertThat(senim("gateway", "terms", "add", "Проект Арман", "Zeta")).isZero();
        assertThat(output.getOut()).contains("saved; the organization has 2 confidential terms");
        assertThat(Stdin.with("Gamma\n\nDelta\n", () -> senim("gateway", "terms", "add", "-"))).isZero();
        assertThat(senim("gateway", "terms", "remove", "Zeta")).isZero();
        assertThat(output.getOut()).contains("saved; the organization has 3 confidential terms");
        assertThat(senim("gateway", "terms", "remove", "Omega")).isEqualTo(1);
        assertThat(output.getErr()).contains("«Omega» is not one of the organization's terms; nothing was changed");
        assertThat(senim("gateway", "terms", "list")).isZero();
        assertThat(output.getOut()).contains("Delta\nGamma\nПроект Арман\n");

        assertThat(senim("gateway", "patterns", "add", "contract", "ДОГ-\\d{4}")).isZero();
        assertThat(senim("gateway", "patterns", "add", "repeat", "(a+)\\1")).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Pattern refused: ").containsIgnoringCase("backreference");
        assertThat(senim("gateway", "patterns", "add", "Bad Name", "x")).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Invalid pattern name");
        assertThat(senim("gateway", "patterns", "list")).isZero();
        assertThat(output.getOut()).contains("\"name\":\"contract\",\"regex\":\"ДОГ-\\\\d{4}\"").doesNotContain("\"repeat\"");
        assertThat(senim("gateway", "patterns", "remove", "contract")).isZero();
        assertThat(output.getOut()).contains("pattern «contract» removed");
        assertThat(senim("gateway", "patterns", "remove", "contract")).isEqualTo(1);
        // one pattern was created: the refused ones printed no id
        assertThat(output.getOut().lines().filter(l -> l.matches("\\{\"id\":\"[0-9a-f-]{36}\"}")).count()).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsGatewayIsRefused(CapturedOutput output) {
        UUID other = new Fixtures(new Http(port)).organization("STATE_BODY");
        assertThat(senim("gateway", "upstreams", "list", "--org", other.toString())).isEqualTo(1);
        assertThat(output.getErr()).contains("senim: Forbidden").doesNotContain("Exception");
        assertThat(List.of(output.getOut().split("\n"))).noneMatch(l -> l.startsWith("{\"id\""));
    }
}
