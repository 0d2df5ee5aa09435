package kz.senim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final ScoringModel welfare = TestModels.load("welfare-scorecard.json");

    @Test
    void singleChangeInThreeLanguages() {
        Inputs p = Inputs.empty().num("age", "58").cat("disability", "group2")
                .num("income", "125000").cat("employment", "informal");
        Recourse r = Explainer.counterfactuals(welfare, p);

        assertThat(Texts.recourse(r, Lang.KK)).isEqualTo(
                "Егер «Жан басына шаққандағы айлық табыс» көрсеткіші 120\u00A0000 теңге мәнінен төмен болғанда, "
                        + "нәтиже «Құқығы бар» болар еді.");
        assertThat(Texts.recourse(r, Lang.RU)).isEqualTo(
                "Если бы значение «Среднедушевой месячный доход» было ниже 120\u00A0000 тенге, "
                        + "результат был бы «Имеет право».");
        assertThat(Texts.recourse(r, Lang.EN)).isEqualTo(
                "Had your monthly income per person been below 120,000 KZT, the outcome would have been «eligible».");
    }

    @Test
    void pairOfChangesWithACategory() {
        Inputs p = Inputs.empty().num("age", "40").cat("disability", "group3")
                .num("income", "150000").cat("employment", "formal");
        Recourse r = Explainer.counterfactuals(welfare, p);

        assertThat(Texts.recourse(r, Lang.KK)).isEqualTo(
                "Егер «Жан басына шаққандағы айлық табыс» көрсеткіші 60\u00A0000 теңге мәнінен төмен болып, "
                        + "«Жұмыспен қамтылу» көрсеткіші «бейресми жұмыс» болғанда, нәтиже «Құқығы бар» болар еді.");
        assertThat(Texts.recourse(r, Lang.EN)).isEqualTo(
                "Had your monthly income per person been below 60,000 KZT and your employment status been "
                        + "«informally employed», the outcome would have been «eligible».");
    }

    @Test
    void noChangeAndOutcome() {
        Inputs p = Inputs.empty().num("age", "40").cat("disability", "none")
                .num("income", "150000").cat("employment", "formal");
        Recourse r = Explainer.counterfactuals(welfare, p);
        assertThat(Texts.recourse(r, Lang.KK)).isEqualTo("Сіздің қолыңыздан келетін ешбір өзгеріс бұл нәтижені өзгертпес еді.");
        assertThat(Texts.recourse(r, Lang.RU)).isEqualTo("Никакое доступное вам изменение не изменило бы этот результат.");
        assertThat(Texts.outcome(Explainer.explain(welfare, p), Lang.RU)).isEqualTo("Результат: «Не имеет права».");
    }

    @Test
    void numbers() {
        assertThat(Texts.number(new BigDecimal("1234567.500"), Lang.RU)).isEqualTo("1\u00A0234\u00A0567,5");
        assertThat(Texts.number(new BigDecimal("-1234.25"), Lang.EN)).isEqualTo("-1,234.25");
        assertThat(Texts.number(new BigDecimal("1E+3"), Lang.KK)).isEqualTo("1\u00A0000");
        assertThat(Texts.number(new BigDecimal("0.05"), Lang.EN)).isEqualTo("0.05");
    }
}
