package kz.senim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server is and which token to present; shared by every command that calls the API. */
final class ServerOptions {

    @Option(names = "--url", description = "Server address (default: $SENIM_URL or http://localhost:8080)")
    String url;

    @Option(names = "--token-file", description = "Where the API token is kept (default: ~/.senim/token)")
    Path tokenFile;

    @Option(names = "--lang", description = "Language of messages: kk, ru or en (default: kk)")
    String lang;

    String url() {
        String u = url != null ? url : System.getenv().getOrDefault("SENIM_URL", "http://localhost:8080");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    Path tokenFile() {
        return tokenFile != null ? tokenFile : Path.of(System.getProperty("user.home"), ".senim", "token");
    }

    String token() throws IOException {
        String env = System.getenv("SENIM_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        Path file = tokenFile();
        if (!Files.exists(file)) {
            throw new ApiException(401, "no API token: run `senim login` or set SENIM_TOKEN");
        }
        return Files.readString(file).trim();
    }

    ApiClient client() throws IOException {
        return new ApiClient(url(), lang == null ? "kk" : lang, null);
    }

    ApiClient authenticated() throws IOException {
        return new ApiClient(url(), lang == null ? "kk" : lang, token());
    }
}
