package kz.senim.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The server, the organization whose gateway is configured (by default the caller's own) and the messages. */
final class GatewayTarget {

    @Mixin
    ServerOptions server;

    @Option(names = "--org", description = "the organization's id (default: the one your account acts for; administrators may name any)")
    UUID org;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private ApiClient api;

    ApiClient api() throws IOException {
        if (api == null) {
            api = server.authenticated();
        }
        return api;
    }

    /** {@code /api/v1/gateway/organizations/{org}} of the chosen organization. */
    String base() throws IOException {
        UUID id = org;
        if (id == null) {
            String own = api().get("/api/v1/me").path("organizationId").asString("");
            if (own.isEmpty()) {
                throw new CliFailure(msg().get("gateway.noOrganization"));
            }
            id = UUID.fromString(own);
        }
        return "/api/v1/gateway/organizations/" + id;
    }

    CliMessages msg() {
        return CliMessages.of(server.lang);
    }

    /** A wrong option or argument: picocli prints it with the usage and exits with 2. */
    CommandLine.ParameterException usage(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), msg().get(key, args));
    }

    /**
     * A secret from the first line of standard input or from an environment variable, never from the command
     * line (which other users of the machine and the shell history can see); null when neither is given.
     */
    String secret(boolean fromStdin, String env) throws IOException {
        if (fromStdin && env != null) {
            throw usage("gateway.keySource");
        }
        if (!fromStdin && env == null) {
            return null;
        }
        String key;
        if (fromStdin) {
            Console console = System.console();
            if (console != null && console.isTerminal()) {
                // typed at a terminal: asked for without echo, like the password of `senim login`
                char[] typed = console.readPassword(msg().get("gateway.keyPrompt"));
                key = typed == null ? "" : new String(typed).strip();
            } else {
                key = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            }
            if (key.isEmpty()) {
                throw new CliFailure(msg().get("gateway.keyStdinEmpty"));
            }
        } else {
            key = System.getenv(env) == null ? "" : System.getenv(env).strip();
            if (key.isEmpty()) {
                throw new CliFailure(msg().get("gateway.keyEnvEmpty", env));
            }
        }
        return key;
    }
}
