package kz.senim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** The organization's additions to the leak guard: confidential terms (its dictionary) and custom patterns. */
final class GatewayGuardSettings {

    private GatewayGuardSettings() {
    }

    @Command(name = "terms", description = "The organization's confidential terms, found as whole words in any letter case.",
            subcommands = {ListTerms.class, AddTerms.class, RemoveTerms.class})
    static final class Terms {
    }

    static List<String> terms(GatewayTarget target) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode t : target.api().get(target.base() + "/terms").path("terms")) {
            out.add(t.asString());
        }
        return out;
    }

    /** The given terms; a single {@code -} reads them from standard input, one a line. */
    static List<String> given(List<String> args) throws IOException {
        if (args.size() == 1 && args.getFirst().equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
        return args.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void save(GatewayTarget target, Set<String> terms) throws IOException {
        JsonNode saved = target.api().put(target.base() + "/terms", Map.of("terms", List.copyOf(terms)));
        System.out.println(target.msg().get("gateway.termsSaved", saved.path("terms").size()));
    }

    @Command(name = "list", description = "The terms, one a line (usable as `senim scan --terms`).")
    static final class ListTerms implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Override
        public Integer call() throws IOException {
            terms(target).forEach(System.out::println);
            return 0;
        }
    }

    @Command(name = "add", description = "Add terms (given as arguments, or - to read them from stdin, one a line).")
    static final class AddTerms implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(arity = "1..*", paramLabel = "TERM")
        List<String> args;

        @Override
        public Integer call() throws IOException {
            Set<String> all = new LinkedHashSet<>(terms(target));
            all.addAll(given(args));
            save(target, all);
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove terms (given as arguments, or - to read them from stdin); nothing changes if one is not there.")
    static final class RemoveTerms implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(arity = "1..*", paramLabel = "TERM")
        List<String> args;

        @Override
        public Integer call() throws IOException {
            Set<String> all = new LinkedHashSet<>(terms(target));
            for (String t : given(args)) {
                if (!all.remove(t)) {
                    throw new CliFailure(target.msg().get("gateway.termUnknown", t));
                }
            }
            save(target, all);
            return 0;
        }
    }

    @Command(name = "patterns", description = "The organization's custom patterns (RE2; one the linear-time engine cannot run is refused with the reason).",
            subcommands = {ListPatterns.class, AddPattern.class, RemovePattern.class})
    static final class Patterns {
    }

    @Command(name = "list", description = "One JSON object a line: id, name, regex.")
    static final class ListPatterns implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Override
        public Integer call() throws IOException {
            for (JsonNode p : target.api().get(target.base() + "/patterns")) {
                System.out.println(ApiClient.JSON.writeValueAsString(p));
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a pattern; prints its id.")
    static final class AddPattern implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(index = "0", paramLabel = "NAME", description = "lower-case Latin letters, digits and hyphens")
        String name;

        @Parameters(index = "1", paramLabel = "REGEX", description = "the regular expression (RE2 syntax)")
        String regex;

        @Override
        public Integer call() throws IOException {
            JsonNode created = target.api().post(target.base() + "/patterns", Map.of("name", name, "regex", regex));
            System.out.println(ApiClient.JSON.writeValueAsString(created));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a pattern.")
    static final class RemovePattern implements Callable<Integer> {

        @Mixin
        GatewayTarget target;

        @Parameters(index = "0", paramLabel = "ID|NAME", description = "the pattern's id or name")
        String pattern;

        @Override
        public Integer call() throws IOException {
            for (JsonNode p : target.api().get(target.base() + "/patterns")) {
                if (p.path("id").asString().equals(pattern) || p.path("name").asString().equals(pattern)) {
                    target.api().delete(target.base() + "/patterns/" + p.path("id").asString());
                    System.out.println(target.msg().get("gateway.patternRemoved", p.path("name").asString()));
                    return 0;
                }
            }
            throw new CliFailure(target.msg().get("gateway.patternUnknown", pattern));
        }
    }
}
