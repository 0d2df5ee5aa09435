package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders structured results as sentences in Kazakh, Russian and English from fixed templates.
 * Features are named through a neutral frame ("«…» көрсеткіші", "значение «…»") so that no case
 * or gender agreement with the operator's label is needed.
 */
public final class Texts {

    private record Templates(String sentence, String joinFirst, String joinLast, Map<Comparison, String> clauses,
                             String noChange, String outcome) {
    }

    private static final Map<Lang, Templates> TEMPLATES = Map.of(
            Lang.KK, new Templates(
                    "Егер {clauses} болғанда, нәтиже «{outcome}» болар еді.",
                    " болып, ", " болып, ",
                    Map.of(
                            Comparison.BELOW, "«{feature}» көрсеткіші {value} мәнінен төмен",
                            Comparison.AT_LEAST, "«{feature}» көрсеткіші кемінде {value}",
                            Comparison.AT_MOST, "«{feature}» көрсеткіші ең көбі {value}",
                            Comparison.BETWEEN, "«{feature}» көрсеткіші кемінде {value}, бірақ {upper} мәнінен төмен",
                            Comparison.EQUAL_TO, "«{feature}» көрсеткіші «{value}»"),
                    "Сіздің қолыңыздан келетін ешбір өзгеріс бұл нәтижені өзгертпес еді.",
                    "Нәтиже: «{outcome}»."),
            Lang.RU, new Templates(
                    "Если бы {clauses}, результат был бы «{outcome}».",
                    ", ", " и ",
                    Map.of(
                            Comparison.BELOW, "значение «{feature}» было ниже {value}",
                            Comparison.AT_LEAST, "значение «{feature}» было не меньше {value}",
                            Comparison.AT_MOST, "значение «{feature}» было не больше {value}",
                            Comparison.BETWEEN, "значение «{feature}» было не меньше {value}, но ниже {upper}",
                            Comparison.EQUAL_TO, "значение «{feature}» было «{value}»"),
                    "Никакое доступное вам изменение не изменило бы этот результат.",
                    "Результат: «{outcome}»."),
            Lang.EN, new Templates(
                    "Had {clauses}, the outcome would have been «{outcome}».",
                    ", ", " and ",
                    Map.of(
                            Comparison.BELOW, "your {feature} been below {value}",
                            Comparison.AT_LEAST, "your {feature} been at least {value}",
                            Comparison.AT_MOST, "your {feature} been at most {value}",
                            Comparison.BETWEEN, "your {feature} been at least {value} but below {upper}",
                            Comparison.EQUAL_TO, "your {feature} been «{value}»"),
                    "No change you can make would alter this outcome.",
                    "The outcome is «{outcome}»."));

    private Texts() {
    }

    /** The closest counterfactual as a sentence, or the explicit "no change" sentence. */
    public static String recourse(Recourse recourse, Lang lang) {
        return recourse.best().map(cf -> counterfactual(cf, lang)).orElse(TEMPLATES.get(lang).noChange());
    }

    public static String counterfactual(Counterfactual cf, Lang lang) {
        Templates t = TEMPLATES.get(lang);
        List<String> clauses = new ArrayList<>();
        for (Change c : cf.changes()) {
            clauses.add(clause(t, c, lang));
        }
        String joined = clauses.getLast();
        if (clauses.size() > 1) {
            String head = String.join(t.joinFirst(), clauses.subList(0, clauses.size() - 1));
            joined = head + t.joinLast() + joined;
        }
        return t.sentence().replace("{clauses}", joined).replace("{outcome}", cf.newOutcome().labels().get(lang));
    }

    public static String noChange(Lang lang) {
        return TEMPLATES.get(lang).noChange();
    }

    public static String outcome(Explanation explanation, Lang lang) {
        return TEMPLATES.get(lang).outcome().replace("{outcome}", explanation.outcome().labels().get(lang));
    }

    private static String clause(Templates t, Change c, Lang lang) {
        Feature f = c.feature();
        String value = c.comparison() == Comparison.EQUAL_TO
                ? f.category(c.category()).label(lang)
                : withUnit(f, c.bound(), lang);
        String upper = c.upperBound() == null ? "" : withUnit(f, c.upperBound(), lang);
        return t.clauses().get(c.comparison())
                .replace("{feature}", f.labels().get(lang))
                .replace("{upper}", upper)
                .replace("{value}", value);
    }

    private static String withUnit(Feature f, BigDecimal number, Lang lang) {
        String n = number(number, lang);
        return f.unit() == null ? n : n + " " + f.unit().get(lang);
    }

    /** 120000.50 → "120 000,5" (kk, ru; no-break space) or "120,000.5" (en). */
    public static String number(BigDecimal number, Lang lang) {
        String plain = number.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        String group = lang == Lang.EN ? "," : "\u00A0";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(group);
            }
            grouped.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            grouped.append(lang == Lang.EN ? "." : ",").append(fraction);
        }
        return (negative ? "-" : "") + grouped;
    }
}
