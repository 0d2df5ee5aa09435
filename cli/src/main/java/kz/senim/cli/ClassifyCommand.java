package kz.senim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.senim.rules.AnswerError;
import kz.senim.rules.Classification;
import kz.senim.rules.Classifier;
import kz.senim.rules.InvalidAnswersException;
import kz.senim.rules.PackValidator;
import kz.senim.rules.Problem;
import kz.senim.rules.RulePack;
import kz.senim.rules.RulePackFormatException;
import kz.senim.rules.RulePacks;
import kz.senim.rules.RuleRef;
import kz.senim.rules.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** Classifies a system offline from an answers file, against the shipped rule pack or a pack file. */
@Command(name = "classify", description = "Classify an AI system offline from an answers file (JSON) and print the result with its reasons.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--answers", required = true, description = "answers file: {\"question\": value, …} or {\"answers\": {…}}")
    Path answers;

    @Option(names = "--pack", description = "rule-pack YAML file (default: the shipped pack)")
    Path pack;

    @Option(names = "--lang", defaultValue = "kk", description = "language of texts: kk, ru or en (default kk)")
    String lang;

    @Option(names = "--json", description = "print the whole result as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        RulePack rules;
        try {
            rules = pack == null ? RulePacks.bundled() : RulePacks.fromYaml(Files.readString(pack));
        } catch (RulePackFormatException e) {
            System.err.println("senim: the rule pack cannot be read: " + e.getMessage());
            return 2;
        }
        List<Problem> problems = PackValidator.validate(rules);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("pack problem: " + p.path() + " " + p.code() + " " + p.args()));
            return 2;
        }
        JsonNode root = ApiClient.JSON.readTree(Files.readString(answers));
        JsonNode given = root.has("answers") ? root.get("answers") : root;
        Classification result;
        try {
            result = Classifier.classify(rules, kz.senim.rules.AnswersJson.read(given));
        } catch (InvalidAnswersException e) {
            for (AnswerError err : e.errors()) {
                System.err.println("answer " + err.questionId() + ": " + err.code() + " " + err.args());
            }
            return 1;
        }
        if (json) {
            System.out.println(RulePacks.json().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        }
        print(rules, result);
        return 0;
    }

    private void print(RulePack rules, Classification r) {
        System.out.println("rule pack: " + r.packId() + " " + r.packVersion());
        if (r.prohibited()) {
            System.out.println("PROHIBITED");
            r.prohibitedPractices().forEach(p -> System.out.println("  - " + text(p)));
        } else {
            System.out.println("risk class: " + r.riskClass() + "    autonomy class: " + r.autonomyClass());
            System.out.println("flags: " + String.join(", ", r.flags()));
            System.out.println("score: " + r.score().computation());
            System.out.println("obligations:");
            r.obligations().forEach(o -> System.out.println("  - " + text(o)));
        }
        System.out.println("reasons:");
        r.reasons().forEach(reason -> System.out.println("  - " + reason.code() + " " + String.join(", ", reason.args())));
        if (!r.clearedQuestionIds().isEmpty()) {
            System.out.println("cleared (question does not apply): " + String.join(", ", r.clearedQuestionIds()));
        }
    }

    private String text(RuleRef ref) {
        Source s = ref.source();
        String cite = s == null ? "" : s.article() != null ? " [Art. " + s.article() + "]" : " [article not confirmed: " + s.reported() + "]";
        return ref.text().in(lang) + cite;
    }
}
