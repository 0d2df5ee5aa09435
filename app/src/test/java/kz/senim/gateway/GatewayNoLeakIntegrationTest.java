package kz.senim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls with known identifiers through every path (pseudonymized, streamed, responses, routed, blocked,
 * failed scan, bad JSON, scan API), then every log line and every row of every table are searched for them.
 */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GatewayNoLeakIntegrationTest {

    static final String IIN = "920704401231";
    static final String CARD = "4111 1111 1111 1111";
    static final String NAME = "Ержан Болатұлы Сейтқалиев";
    static final String MARKED = "ДСП\nПлан проверки объекта Сұңқар-7";
    static final List<String> SECRETS = List.of(IIN, CARD, CARD.replace(" ", ""), NAME, "Сейтқалиев", "План проверки объекта Сұңқар-7");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noIdentifierEndsUpInLogsOrTheDatabase(CapturedOutput output) throws Exception {
        try (UpstreamStub stub = new UpstreamStub()) {
            var gw = new GatewayFixture(port, stub, true);
            String prompt = "Гражданин " + NAME + ", ИИН " + IIN + ", карта " + CARD + ".";
            int calls = 0;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", prompt)).body()).contains(IIN);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.streamedChat("gpt-echo", prompt)).body()).contains(IIN);
            calls++;
            assertThat(gw.operator.post("/v1/responses", Map.of("model", "gpt-echo", "input", prompt, "stream", true)).status()).isEqualTo(200);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-tool", prompt)).status()).isEqualTo(200);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", MARKED + " " + IIN)).status()).isEqualTo(200);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", prompt + GatewayTestDetectors.FAIL)).status()).isEqualTo(500);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", "{\"model\":\"gpt-echo\",\"messages\":[{\"content\":\"" + prompt).status()).isEqualTo(400);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse", prompt)).body()).contains(IIN);
            calls++;
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-refuse-html", prompt)).status()).isEqualTo(400);
            calls++;
            gw.policy("PAYMENT_CARD", "BLOCK");
            assertThat(gw.operator.post("/v1/chat/completions", GatewayFixture.chat("gpt-echo", prompt)).status()).isEqualTo(400);
            calls++;
            assertThat(gw.operator.post("/api/v1/guard/scan", Map.of("text", prompt)).status()).isEqualTo(200);
            assertThat(stub.received()).doesNotContain(IIN).doesNotContain(CARD);

            for (int i = 0; i < 100 && gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/calls").json().size() < calls; i++) {
                Thread.sleep(100);
            }
            assertThat(gw.operator.get("/api/v1/gateway/organizations/" + gw.org + "/calls").json().size()).isEqualTo(calls);
        }

        String logs = output.getAll();
        assertThat(logs).contains("Leak-guard scan failed");
        for (String secret : SECRETS) {
            assertThat(logs).as("logs").doesNotContain(secret);
        }
        String database = everyRow();
        assertThat(database).contains("gateway_call");
        for (String secret : SECRETS) {
            assertThat(database).as("database").doesNotContain(secret)
                    .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Every row of every table in the schema, as text (bytea as hex), table by table. */
    private String everyRow() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class).list();
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append("\n== ").append(table).append('\n');
            all.append(jdbc.sql("select coalesce(string_agg(t::text, E'\\n'), '') from \"" + table + "\" t").query(String.class).single());
        }
        return all.toString();
    }
}
