package kz.senim.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "policies", description = "What the gateway does with each type of data, labelling, and the domestic model.",
        subcommands = {GatewayPolicies.Show.class, GatewayPolicies.Set.class})
final class GatewayPolicies {

    @Command(name = "show", description = "The action for every type of data (defaults included), the labelling settings and the domestic model, as JSON.")
    static final class Show implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Override
        public Integer call() throws IOException {
            System.out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(target.api().get(target.base() + "/policies")));
            return 0;
        }
    }

    @Command(name = "set", description = "Set actions (TYPE=ACTION, e.g. IIN=REDACT; actions ALLOW, REDACT, PSEUDONYMIZE, BLOCK, "
            + "ROUTE_DOMESTIC), settings and where domestic-only requests go; what is not named stays as it is. Prints the policies after the change.")
    static final class Set implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(arity = "0..*", paramLabel = "TYPE=ACTION", description = "an action for a type of data")
        List<String> actions = List.of();

        @Option(names = "--disclosure", arity = "1", paramLabel = "true|false", description = "add a visible AI line to every answer")
        Boolean disclosure;

        @Option(names = "--redact-answers", arity = "1", paramLabel = "true|false",
                description = "redact data of types that are not allowed when the model writes them in answers")
        Boolean redactAnswers;

        @Option(names = "--domestic-model", paramLabel = "ALIAS", description = "the domestic model alias ROUTE_DOMESTIC sends to")
        String domesticModel;

        @Option(names = "--first-domestic-model", description = "forget the chosen domestic model: use the first domestic alias by name")
        boolean firstDomestic;

        @Option(names = "--domestic-for", paramLabel = "ALIAS=DOMESTIC",
                description = "requests to this model alias go to this domestic alias (before --domestic-model); repeat for more")
        List<String> domesticFor = List.of();

        @Option(names = "--no-domestic-for", paramLabel = "ALIAS", description = "this alias goes to the chosen domestic model again")
        List<String> noDomesticFor = List.of();

        @Override
        public Integer call() throws IOException {
            Map<String, String> policies = new LinkedHashMap<>();
            for (String a : actions) {
                String[] parts = a.split("=", 2);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw target.usage("gateway.policyFormat", a);
                }
                policies.put(parts[0].strip().toUpperCase(Locale.ROOT), parts[1].strip().toUpperCase(Locale.ROOT));
            }
            if (domesticModel != null && firstDomestic) {
                throw target.usage("gateway.domesticBoth");
            }
            if (policies.isEmpty() && disclosure == null && redactAnswers == null && domesticModel == null && !firstDomestic
                    && domesticFor.isEmpty() && noDomesticFor.isEmpty()) {
                throw target.usage("gateway.nothingToSet");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("policies", policies);
            if (disclosure != null) {
                body.put("disclosure", disclosure);
            }
            if (redactAnswers != null) {
                body.put("redactAnswers", redactAnswers);
            }
            if (domesticModel != null || firstDomestic) {
                body.put("domesticModel", firstDomestic ? "" : domesticModel);
            }
            if (!domesticFor.isEmpty() || !noDomesticFor.isEmpty()) {
                body.put("domesticRoutes", routes());
            }
            System.out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(target.api().put(target.base() + "/policies", body)));
            return 0;
        }

        /** The stored routes with these changes: the API replaces the whole map. */
        private Map<String, String> routes() throws IOException {
            Map<String, String> routes = new LinkedHashMap<>();
            target.api().get(target.base() + "/policies").path("domesticRoutes").properties()
                    .forEach(e -> routes.put(e.getKey(), e.getValue().asString()));
            for (String r : domesticFor) {
                String[] parts = r.split("=", 2);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw target.usage("gateway.domesticForFormat", r);
                }
                routes.put(parts[0].strip(), parts[1].strip());
            }
            noDomesticFor.forEach(a -> routes.remove(a.strip()));
            return routes;
        }
    }
}
