package kz.senim.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "login", description = "Get an API token with a username and password and keep it for later commands.")
final class LoginCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = {"-u", "--username"}, required = true)
    String username;

    @Option(names = "--password-stdin", description = "Read the password from standard input instead of prompting")
    boolean passwordStdin;

    @Option(names = "--days", description = "Token lifetime in days (1-365, default 30)", defaultValue = "30")
    int days;

    @Override
    public Integer call() throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password());
        body.put("name", "cli");
        body.put("lifetimeDays", days);
        var answer = server.client().post("/api/v1/auth/token", body);
        Path file = server.tokenFile();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, answer.path("token").asString() + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the user's own directory protects it
        }
        System.out.println("token saved to " + file + ", valid until " + answer.path("expiresAt").asString());
        return 0;
    }

    private String password() throws IOException {
        if (passwordStdin) {
            return new String(System.in.readAllBytes()).strip();
        }
        Console console = System.console();
        if (console == null) {
            throw new ApiException(0, "no terminal to ask for the password: use --password-stdin");
        }
        return new String(console.readPassword("password: "));
    }
}
