package kz.senim.gateway.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Calls an OpenAI-compatible upstream with a blocking, pooled client (the caller is a virtual thread, so
 * blocking costs nothing and no hand-off between threads is paid per call). Connect timeout; the upstream
 * timeout bounds every wait for bytes, headers and each streamed chunk alike; no redirects (a redirect could
 * carry the key elsewhere) and no automatic retries (a prompt is never sent twice). Logs name the upstream,
 * never bodies or keys.
 */
@Component
class UpstreamClient implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

    private final CloseableHttpClient client;

    UpstreamClient(GatewayProperties properties) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.upstreamTimeout()))
                        .build())
                .setMaxConnTotal(1024)
                .setMaxConnPerRoute(256)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.upstreamTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** An upstream's answer; the body stream must be closed, which also cancels the upstream call. */
    record Reply(int status, InputStream body) {
    }

    Reply send(OrgConfig.Upstream upstream, String path, byte[] body, boolean stream) {
        HttpPost post = new HttpPost(URI.create(trimSlash(upstream.baseUrl().toString()) + path));
        post.setHeader("Accept", stream ? "text/event-stream" : "application/json");
        if (upstream.apiKey() != null) {
            post.setHeader("Authorization", "Bearer " + upstream.apiKey());
        }
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try {
            ClassicHttpResponse r = client.executeOpen(null, post, null);
            InputStream content = r.getEntity() == null ? InputStream.nullInputStream() : r.getEntity().getContent();
            return new Reply(r.getCode(), new Closing(content, r, post));
        } catch (ConnectTimeoutException | ConnectException | UnknownHostException e) {
            log.warn("Upstream {} unreachable", upstream.name());
            throw GatewayException.server(502, "upstream_unreachable", upstream.name());
        } catch (SocketTimeoutException e) {
            log.warn("Upstream {} did not answer in time", upstream.name());
            throw GatewayException.server(504, "upstream_timeout", upstream.name());
        } catch (IOException e) {
            log.warn("Upstream {} failed: {}", upstream.name(), e.getClass().getName());
            throw GatewayException.server(502, "upstream_unreachable", upstream.name());
        }
    }

    /**
     * Closing the body closes the response: a body read to its end returns the connection to the pool, one
     * left unread (the client went away mid-stream) closes the connection, which cancels the upstream call.
     */
    private static final class Closing extends FilterInputStream {
        private final ClassicHttpResponse response;
        private final HttpPost request;
        private boolean ended;

        Closing(InputStream in, ClassicHttpResponse response, HttpPost request) {
            super(in);
            this.response = response;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            ended |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (ended) {
                response.close();
                return;
            }
            // Reading the rest to keep the connection would wait for an upstream nobody listens to any more:
            // the connection is dropped instead, which is what cancels the upstream call.
            request.cancel();
            try {
                response.close();
            } catch (IOException dropped) {
                // the connection is gone, as intended
            }
        }
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }
}
