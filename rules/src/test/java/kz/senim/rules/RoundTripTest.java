package kz.senim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Packs and results survive YAML and JSON unchanged: what the admin uploads is what the engine runs. */
class RoundTripTest {

    @Test
    void theShippedPackSurvivesYamlAndJson() {
        RulePack pack = RulePacks.bundled();

        RulePack viaYaml = RulePacks.fromYaml(RulePacks.toYaml(pack));
        RulePack viaJson = RulePacks.fromJson(RulePacks.toJson(pack));

        assertThat(viaYaml).isEqualTo(pack);
        assertThat(viaJson).isEqualTo(pack);
        assertThat(RulePacks.fromJson(RulePacks.toJson(viaYaml))).isEqualTo(pack);
    }

    @Test
    void conditionValuesKeepTheirTypes() {
        RulePack pack = RulePacks.fromJson(RulePacks.toJson(Packs.mini()));

        assertThat(pack.question("p_channels").orElseThrow().showIf().is()).isEqualTo(Boolean.TRUE);
        assertThat(pack.riskRules().getFirst().when().atLeast()).isEqualTo(100000.0);
        assertThat(pack.question("i_harm").orElseThrow().option("severe").orElseThrow().impact()).isEqualTo(4);
    }

    @Test
    void aClassificationSurvivesJson() {
        Map<String, Answer> a = AnswerSet.answers().no("s_scoring").yes("p_chat").picks("p_channels", "web", "phone")
                .pick("i_harm", "severe").put("i_users", Answer.number(150000))
                .proven("m_review", "procedure").pick("a_mode", "supervised").map();
        Classification result = Classifier.classify(Packs.mini(), a);
        ObjectMapper json = RulePacks.json();

        Classification back = json.readValue(json.writeValueAsString(result), Classification.class);

        assertThat(back).isEqualTo(result);
        assertThat(back.riskClass()).isEqualTo(RiskClass.HIGH);
        assertThat(json.writeValueAsString(result)).contains("\"riskClass\":\"high\"", "\"autonomyClass\":\"medium\"");
    }
}
