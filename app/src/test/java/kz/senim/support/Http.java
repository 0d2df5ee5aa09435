package kz.senim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running test server, with just enough convenience for tests. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    private Http(String base, Map<String, String> headers) {
        this.base = base;
        this.headers.putAll(headers);
    }

    public Http header(String name, String value) {
        Http copy = new Http(base, headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Http lang(String tag) {
        return header("Accept-Language", tag);
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response post(String path, Object json) {
        String body = json instanceof String s ? s : JSON.writeValueAsString(json);
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, Object json) {
        String body = json instanceof String s ? s : JSON.writeValueAsString(json);
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patch(String path, Object json) {
        String body = json instanceof String s ? s : JSON.writeValueAsString(json);
        return send(builder(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data upload of one file in the part named "file". */
    public Response multipart(String path, String filename, String contentType, byte[] content) {
        String boundary = "senim" + java.util.UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return postBytes(path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    public Response postBytes(String path, byte[] body, String contentType) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Signs in through the API and returns the token. */
    public String login(String username, String password) {
        Response r = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (r.status() != 201) {
            throw new IllegalStateException("login failed for " + username + ": " + r.status() + " " + r.body());
        }
        return r.json().path("token").asString();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType, String location) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
