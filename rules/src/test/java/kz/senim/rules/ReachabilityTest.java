package kz.senim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reachability verdicts come with proof: a witness the classifier confirms, or an exhausted search. */
class ReachabilityTest {

    @Test
    void everyOutcomeOfTheShippedPackHasAWitnessTheClassifierConfirms() {
        RulePack pack = RulePacks.bundled();
        List<Reachability.Outcome> outcomes = Reachability.analyse(pack, PackValidator.DEFAULT_BUDGET);

        assertThat(outcomes).hasSize(pack.prohibited().size() + pack.flags().size() + 3 + 3
                + pack.riskRules().size() + pack.autonomyRules().size() + pack.obligations().size());
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.verdict()).as(o.target().path()).isEqualTo(Reachability.Verdict.REACHABLE);
            assertThat(o.target().produced().test(Classifier.classify(pack, o.witness()))).isTrue();
        });
    }

    @Test
    void theSearchAloneDecidesEveryOutcomeOfTheShippedPack() {
        // No random sampling: the depth-first search must find each witness within the default budget.
        RulePack pack = RulePacks.bundled();
        assertThat(Reachability.analyse(pack, PackValidator.DEFAULT_BUDGET, 0)).allSatisfy(o ->
                assertThat(o.verdict()).as(o.target().path()).isEqualTo(Reachability.Verdict.REACHABLE));
    }

    @Test
    void aNumberRangeIsFoundAtItsBreakpoint() {
        // Only exactly 10 people a year satisfies this; random sampling will not guess it, the search does.
        RulePack pack = Packs.miniWithObligation("""
                  - id: o_exactly_ten
                    when: {question: i_users, atLeast: 10, atMost: 10}
                    text: {kk: "Он", ru: "Десять", en: "Ten"}
                    source: {article: "21"}
                """);
        Reachability.Outcome o = Reachability.analyse(pack, PackValidator.DEFAULT_BUDGET).stream()
                .filter(x -> x.target().id().equals("o_exactly_ten")).findFirst().orElseThrow();

        assertThat(o.verdict()).isEqualTo(Reachability.Verdict.REACHABLE);
        assertThat(o.witness().get("i_users").value()).isEqualTo(10.0);
    }

    @Test
    void aSearchThatRunsOutOfBudgetSaysUndecidedNotUnreachable() {
        RulePack pack = Packs.miniWithObligation("""
                  - id: o_never
                    when:
                      all:
                        - {question: p_chat, is: true}
                        - {question: p_chat, is: false}
                    text: {kk: "Ешқашан", ru: "Никогда", en: "Never"}
                    source: {article: "21"}
                """);
        assertThat(PackValidator.validate(pack, 1)).contains(
                new Problem("obligations/o_never", "REACHABILITY_UNDECIDED", List.of("obligation", "o_never", "1")));
    }

    @Test
    void onlyTheQuestionsAnOutcomeDependsOnAreSearched() {
        RulePack pack = Packs.mini();
        Reachability.Target notice = Reachability.targets(pack).stream()
                .filter(t -> t.id().equals("o_notice_web")).findFirst().orElseThrow();

        // Its condition (p_channels), the showIf behind it (p_chat) and the screen; no scored questions.
        assertThat(Reachability.relevant(pack, notice)).containsExactlyInAnyOrder("p_channels", "p_chat", "s_scoring");
    }
}
