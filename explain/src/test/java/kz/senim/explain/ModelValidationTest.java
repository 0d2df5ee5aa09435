package kz.senim.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Broken variants of the two example model files; each must be rejected with a precise problem. */
class ModelValidationTest {

    @Test
    void examplesAreValid() {
        assertThat(ModelParser.parse(text("welfare-scorecard.json")).problems()).isEmpty();
        assertThat(ModelParser.parse(text("credit-linear.json")).problems()).isEmpty();
    }

    @Test
    void overlappingBins() {
        assertThat(welfare(s -> s.replace("{ \"lower\": 60000, \"upper\": 120000", "{ \"lower\": 50000, \"upper\": 120000")))
                .containsExactly("points.income.bins[1].lower: overlap: previous bin ends at 60000, this one starts at 50000");
    }

    @Test
    void gappedBins() {
        assertThat(welfare(s -> s.replace("{ \"lower\": 120000, \"upper\": 200000", "{ \"lower\": 130000, \"upper\": 200000")))
                .containsExactly("points.income.bins[2].lower: gap: previous bin ends at 120000, this one starts at 130000");
    }

    @Test
    void emptyBinAndBinsNotCoveringTheRange() {
        assertThat(welfare(s -> s.replace("{ \"upper\": 30, \"points\": 10 }", "{ \"lower\": 20, \"upper\": 20, \"points\": 10 }")))
                .containsExactly("points.age.bins[0]: lower must be below upper (bins are [lower, upper))");
        assertThat(welfare(s -> s.replace("{ \"upper\": 30, \"points\": 10 }", "{ \"lower\": 20, \"upper\": 30, \"points\": 10 }")))
                .containsExactly("points.age.bins[0].lower: bins do not cover the feature's range: min 18 is below the first bin");
    }

    @Test
    void missingLabelInOneLanguage() {
        assertThat(welfare(s -> s.replace("\"labels\": { \"kk\": \"Жас\", \"ru\": \"Возраст\", \"en\": \"age\" }",
                "\"labels\": { \"kk\": \"Жас\", \"en\": \"age\" }")))
                .containsExactly("features[0].labels.ru: missing");
        assertThat(welfare(s -> s.replace("\"kk\": \"Құқығы жоқ\"", "\"kk\": \" \"")))
                .containsExactly("outcomes.below.labels.kk: must be a non-empty string");
    }

    @Test
    void thresholdMissingAndTypo() {
        assertThat(welfare(s -> s.replace("\"threshold\": 50", "\"treshold\": 50")))
                .containsExactlyInAnyOrder("treshold: unknown field (allowed: basePoints, features, format, id, outcomes, points, threshold, title, type)",
                        "threshold: missing");
    }

    @Test
    void immutabilityMustBeStated() {
        assertThat(welfare(s -> s.replaceFirst("\"immutable\": true,", "")))
                .containsExactly("features[0].immutable: missing (true or false must be stated)");
    }

    @Test
    void categoryPointsMustMatchTheCategories() {
        assertThat(welfare(s -> s.replace("\"group2\": 20, \"group1\": 30", "\"group2\": 20, \"group0\": 30")))
                .containsExactly("points.disability.categories.group0: unknown category",
                        "points.disability.categories.group1: missing points for category");
    }

    @Test
    void unknownAndMissingFeatureInWeights() {
        assertThat(credit(s -> s.replace("\"debt\": -0.01,", "\"dept\": -0.01,")))
                .containsExactly("weights.dept: unknown feature", "weights.debt: missing weight for feature");
    }

    @Test
    void unknownCategoryInWeightsAndWrongShape() {
        assertThat(credit(s -> s.replace("\"astana\": 0.3", "\"shymkent\": 0.3")))
                .containsExactly("weights.region.shymkent: unknown category");
        assertThat(credit(s -> s.replace("\"income\": 0.01", "\"income\": { \"a\": 1 }")))
                .containsExactly("weights.income: must be a number");
    }

    @Test
    void logisticThresholdIsAProbability() {
        assertThat(credit(s -> s.replace("\"type\": \"linear\"", "\"type\": \"logistic\"")))
                .containsExactly("threshold: a logistic model's threshold is a probability strictly between 0 and 1");
    }

    @Test
    void scorecardFieldsInALinearModel() {
        assertThat(credit(s -> s.replace("\"intercept\": -2,", "\"intercept\": -2, \"basePoints\": 3,")))
                .containsExactly("basePoints: unknown field (allowed: features, format, id, intercept, outcomes, threshold, title, type, weights)");
    }

    @Test
    void featureProblemsAreAllReported() {
        List<String> problems = credit(s -> s
                .replace("\"range\": { \"min\": 0, \"max\": 1000 }, \"step\": 10", "\"range\": { \"min\": 1000, \"max\": 0 }, \"step\": -10")
                .replace("\"direction\": \"increase\"", "\"direction\": \"up\"")
                .replace("\"id\": \"region\"", "\"id\": \"income\""));
        assertThat(problems).containsExactly(
                "features[1].range: min must be below max",
                "features[1].step: must be positive",
                "features[2].direction: must be \"any\", \"increase\" or \"decrease\"",
                "features[4].id: duplicate feature id 'income'",
                // the renamed feature's weights now name no feature
                "weights.region: unknown feature");
    }

    @Test
    void sameOutcomeOnBothSides() {
        assertThat(credit(s -> s.replace("\"id\": \"declined\"", "\"id\": \"approved\"")))
                .containsExactly("outcomes: both sides of the threshold have the same outcome id 'approved'");
    }

    @Test
    void duplicateKeysAndBrokenJsonAndWrongFormat() {
        assertThat(credit(s -> s.replace("\"threshold\": 0,", "\"threshold\": 0, \"threshold\": 1,")))
                .singleElement().asString().startsWith(": not valid JSON: Duplicate Object property \"threshold\"");
        assertThat(ModelParser.parse("{ \"format\": ").problems()).singleElement()
                .extracting(Problem::message).asString().startsWith("not valid JSON");
        assertThat(credit(s -> s.replace("senim-explain/1", "senim-explain/9")))
                .containsExactly("format: unsupported format 'senim-explain/9' (expected \"senim-explain/1\")");
    }

    @Test
    void orThrowCarriesTheProblems() {
        assertThatThrownBy(() -> ModelParser.parse("[]").orThrow())
                .isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).problems()).hasSize(1));
    }

    private static List<String> welfare(UnaryOperator<String> edit) {
        return problems("welfare-scorecard.json", edit);
    }

    private static List<String> credit(UnaryOperator<String> edit) {
        return problems("credit-linear.json", edit);
    }

    private static List<String> problems(String file, UnaryOperator<String> edit) {
        String original = text(file);
        String broken = edit.apply(original);
        assertThat(broken).as("the edit must change the file").isNotEqualTo(original);
        ParseResult r = ModelParser.parse(broken);
        assertThat(r.model()).isNull();
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static String text(String file) {
        try (InputStream in = ModelValidationTest.class.getResourceAsStream("/models/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
