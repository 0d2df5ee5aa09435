package kz.senim.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.senim.tlog.TilePath;
import kz.senim.tlog.TlogException;

/** Reads a tlog-tiles log over HTTP: {@code <base>/checkpoint} and {@code <base>/tile/...}. */
final class LogClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    LogClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String checkpoint() {
        return new String(get("/checkpoint"), java.nio.charset.StandardCharsets.UTF_8);
    }

    byte[] tile(TilePath tile) {
        return get("/" + tile.path());
    }

    private byte[] get(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new TlogException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new TlogException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TlogException("interrupted");
        }
    }
}
