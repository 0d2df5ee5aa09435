package kz.senim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

@Command(name = "upstreams", description = "The organization's model services (external or domestic) and their model aliases.",
        subcommands = {GatewayUpstreams.ListUpstreams.class, GatewayUpstreams.Add.class, GatewayUpstreams.Remove.class,
                GatewayUpstreams.SetKey.class})
final class GatewayUpstreams {

    /** The upstream named by id or by name (letter case ignored). */
    static JsonNode find(GatewayTarget target, String idOrName) throws IOException {
        for (JsonNode u : target.api().get(target.base() + "/upstreams")) {
            if (u.path("id").asString().equals(idOrName) || u.path("name").asString().equalsIgnoreCase(idOrName)) {
                return u;
            }
        }
        throw new CliFailure(target.msg().get("gateway.upstreamUnknown", idOrName));
    }

    @Command(name = "list", description = "One JSON object a line: id, name, kind, base URL, whether a key is set, models. Keys are never shown.")
    static final class ListUpstreams implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Override
        public Integer call() throws IOException {
            for (JsonNode u : target.api().get(target.base() + "/upstreams")) {
                System.out.println(ApiClient.JSON.writeValueAsString(u));
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a model service; prints its id. The API key is read from stdin or an environment variable, never an argument.")
    static final class Add implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Option(names = "--name", required = true, description = "the service's name")
        String name;

        @Option(names = "--kind", required = true, description = "EXTERNAL or DOMESTIC (the closed-network model)")
        String kind;

        @Option(names = "--base-url", required = true, description = "its OpenAI-compatible base URL, e.g. https://api.openai.com/v1")
        String baseUrl;

        @Option(names = "--model", required = true, description = "ALIAS=MODEL (or ALIAS when the service calls it the same); repeat for more")
        List<String> models;

        @Option(names = "--api-key-stdin", description = "read the service's API key from the first line of standard input")
        boolean keyFromStdin;

        @Option(names = "--api-key-env", paramLabel = "VAR", description = "take the service's API key from this environment variable")
        String keyEnv;

        @Override
        public Integer call() throws IOException {
            List<Map<String, String>> aliases = new ArrayList<>();
            for (String m : models) {
                String[] parts = m.split("=", 2);
                String alias = parts[0].strip();
                String target = parts.length > 1 ? parts[1].strip() : alias;
                if (alias.isEmpty() || target.isEmpty()) {
                    throw this.target.usage("gateway.modelFormat", m);
                }
                aliases.add(Map.of("alias", alias, "upstreamModel", target));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("kind", kind.toUpperCase(Locale.ROOT));
            body.put("baseUrl", baseUrl);
            body.put("models", aliases);
            String key = target.secret(keyFromStdin, keyEnv);
            if (key != null) {
                body.put("apiKey", key);
            }
            System.out.println(ApiClient.JSON.writeValueAsString(target.api().post(target.base() + "/upstreams", body)));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a model service and its model aliases.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(index = "0", paramLabel = "ID|NAME", description = "the service's id or name")
        String upstream;

        @Override
        public Integer call() throws IOException {
            JsonNode u = find(target, upstream);
            target.api().delete(target.base() + "/upstreams/" + u.path("id").asString());
            System.out.println(target.msg().get("gateway.upstreamRemoved", u.path("name").asString()));
            return 0;
        }
    }

    @Command(name = "set-key", description = "Replace a model service's API key, read from stdin or an environment variable.")
    static final class SetKey implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(index = "0", paramLabel = "ID|NAME", description = "the service's id or name")
        String upstream;

        @Option(names = "--api-key-stdin", description = "read the API key from the first line of standard input")
        boolean keyFromStdin;

        @Option(names = "--api-key-env", paramLabel = "VAR", description = "take the API key from this environment variable")
        String keyEnv;

        @Override
        public Integer call() throws IOException {
            String key = target.secret(keyFromStdin, keyEnv);
            if (key == null) {
                throw target.usage("gateway.keySource");
            }
            JsonNode u = find(target, upstream);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", u.path("name").asString());
            body.put("kind", u.path("kind").asString());
            body.put("baseUrl", u.path("baseUrl").asString());
            body.put("apiKey", key);
            body.put("models", u.path("models"));
            target.api().put(target.base() + "/upstreams/" + u.path("id").asString(), body);
            System.out.println(target.msg().get("gateway.keySaved", u.path("name").asString()));
            return 0;
        }
    }
}
