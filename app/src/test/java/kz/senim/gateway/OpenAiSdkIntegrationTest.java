package kz.senim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The official OpenAI Java SDK, unchanged, pointed at the gateway: plain and streamed chat completions and
 * responses work, the IIN never reaches the upstream, and the SDK gets the answer with the IIN restored.
 */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiSdkIntegrationTest {

    static final String IIN = "850315350124";
    static final String PROMPT = "Prepare a letter to the citizen with ЖСН " + IIN + " about the benefit.";

    @LocalServerPort
    int port;

    UpstreamStub stub;
    OpenAIClient sdk;

    @BeforeAll
    void setUp() throws Exception {
        stub = new UpstreamStub();
        GatewayFixture gw = new GatewayFixture(port, stub, false);
        String token = gw.http.login(gw.operatorName, kz.senim.support.Fixtures.PASSWORD);
        sdk = OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/v1").apiKey(token).maxRetries(0).build();
    }

    @AfterAll
    void tearDown() {
        stub.close();
    }

    @Test
    void plainChatCompletion() {
        var params = ChatCompletionCreateParams.builder().model("gpt-echo").addUserMessage(PROMPT).build();
        var raw = sdk.chat().completions().withRawResponse().create(params);
        ChatCompletion completion = raw.parse();

        assertThat(completion.choices().getFirst().message().content()).hasValue("Noted: " + PROMPT);
        assertThat(raw.headers().values("X-Senim-AI-Generated")).containsExactly("true");
        assertThat(completion._additionalProperties().get("senim").toString()).contains("ai_generated");
        assertThat(stub.received()).doesNotContain(IIN).contains("[IIN_1]");
        assertThat(stub.authorizations).contains("Bearer " + GatewayFixture.EXTERNAL_KEY);
    }

    @Test
    void streamedChatCompletion() {
        var params = ChatCompletionCreateParams.builder().model("gpt-echo").addUserMessage(PROMPT).build();
        StringBuilder text = new StringBuilder();
        int[] chunks = {0};
        try (StreamResponse<ChatCompletionChunk> stream = sdk.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunk -> {
                chunks[0]++;
                chunk.choices().forEach(c -> c.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Noted: " + PROMPT);
        assertThat(chunks[0]).isGreaterThan(2);
        assertThat(stub.received()).doesNotContain(IIN);
    }

    @Test
    void plainResponse() {
        var params = ResponseCreateParams.builder().model("gpt-echo").input(PROMPT).build();
        Response response = sdk.responses().create(params);
        String text = response.output().getFirst().asMessage().content().getFirst().asOutputText().text();
        assertThat(text).isEqualTo("Noted: " + PROMPT);
        assertThat(stub.received()).doesNotContain(IIN);
    }

    @Test
    void streamedResponse() {
        var params = ResponseCreateParams.builder().model("gpt-echo").input(PROMPT).build();
        StringBuilder deltas = new StringBuilder();
        StringBuilder done = new StringBuilder();
        boolean[] completed = {false};
        try (StreamResponse<ResponseStreamEvent> stream = sdk.responses().createStreaming(params)) {
            stream.stream().forEach(e -> {
                e.outputTextDelta().ifPresent(d -> deltas.append(d.delta()));
                e.outputTextDone().ifPresent(d -> done.append(d.text()));
                e.completed().ifPresent(c -> completed[0] = true);
            });
        }
        assertThat(deltas.toString()).isEqualTo("Noted: " + PROMPT);
        assertThat(done.toString()).isEqualTo("Noted: " + PROMPT);
        assertThat(completed[0]).isTrue();
        assertThat(stub.received()).doesNotContain(IIN);
    }
}
