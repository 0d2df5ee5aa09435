package kz.senim.gateway.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls an OpenAI-compatible upstream with the JDK client: connect and response-header timeouts, no
 * redirects (a redirect could carry the key elsewhere). Logs name the upstream, never bodies or keys.
 */
@Component
class UpstreamClient {

    private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

    private final HttpClient client;
    private final Duration timeout;

    UpstreamClient(GatewayProperties properties) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = properties.upstreamTimeout();
    }

    /** An upstream's answer; the body stream must be closed, which also cancels the upstream call. */
    record Reply(int status, InputStream body) {
    }

    Reply send(OrgConfig.Upstream upstream, String path, byte[] body, boolean stream) {
        URI uri = URI.create(trimSlash(upstream.baseUrl().toString()) + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        if (upstream.apiKey() != null) {
            b.header("Authorization", "Bearer " + upstream.apiKey());
        }
        try {
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new Reply(r.statusCode(), r.body());
        } catch (HttpTimeoutException e) {
            log.warn("Upstream {} did not answer in time", upstream.name());
            throw GatewayException.server(504, "upstream_timeout", upstream.name());
        } catch (ConnectException e) {
            log.warn("Upstream {} unreachable", upstream.name());
            throw GatewayException.server(502, "upstream_unreachable", upstream.name());
        } catch (IOException e) {
            log.warn("Upstream {} failed: {}", upstream.name(), e.getClass().getName());
            throw GatewayException.server(502, "upstream_unreachable", upstream.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GatewayException.server(504, "upstream_timeout", upstream.name());
        }
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
