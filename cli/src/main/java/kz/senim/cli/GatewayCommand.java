package kz.senim.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gateway", description = "Configure an organization's LLM gateway: model services, policies, terms, patterns; its figures and calls.",
        subcommands = {GatewayUpstreams.class, GatewayPolicies.class, GatewayGuardSettings.Terms.class,
                GatewayGuardSettings.Patterns.class, GatewayCommand.Stats.class, GatewayCommand.Calls.class})
final class GatewayCommand {

    @Command(name = "stats", description = "The organization's figures over the last days as JSON: calls per day, decisions, types of data found "
            + "(--all: across organizations, for the regulator).")
    static final class Stats implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Option(names = "--days", defaultValue = "14", description = "how many days back (1 to 366, default 14)")
        int days;

        @Option(names = "--all", description = "the aggregate across organizations (regulators, administrators)")
        boolean all;

        @Override
        public Integer call() throws IOException {
            String path = (all ? "/api/v1/gateway" : target.base()) + "/stats?days=" + days;
            System.out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(target.api().get(path)));
            return 0;
        }
    }

    @Command(name = "calls", description = "The organization's recent calls, one JSON object a line (no prompt, answer or value, only counts and keyed hashes).")
    static final class Calls implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Option(names = "--limit", defaultValue = "50", description = "how many (1 to 500, default 50)")
        int limit;

        @Override
        public Integer call() throws IOException {
            for (var c : target.api().get(target.base() + "/calls?limit=" + limit)) {
                System.out.println(ApiClient.JSON.writeValueAsString(c));
            }
            return 0;
        }
    }
}
