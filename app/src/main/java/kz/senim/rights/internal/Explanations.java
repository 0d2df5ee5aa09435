package kz.senim.rights.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.senim.explain.Contribution;
import kz.senim.explain.Explainer;
import kz.senim.explain.Explanation;
import kz.senim.explain.Feature;
import kz.senim.explain.Inputs;
import kz.senim.explain.Lang;
import kz.senim.explain.Recourse;
import kz.senim.explain.ScoringModel;
import kz.senim.explain.Texts;
import kz.senim.explain.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The case-level explanation of one decision: from the registered scoring model and the person's feature
 * values in {@code dataUsed} when both are there, otherwise the operator's written explanation.
 */
@Component
class Explanations {

    enum Kind { MODEL, WRITTEN, NONE }

    record Factor(String feature, String value, String points, String effect, boolean immutable) {
    }

    /**
     * @param writtenLang the language the written text is in (may differ from the reader's)
     * @param modelProblem true when a model is registered but the decision's data does not fit it
     */
    record Case(Kind kind, String modelTitle, String outcome, String score, String threshold, List<Factor> factors,
                String counterfactual, List<String> alternatives, String written, String writtenLang,
                List<String> writtenLangs, boolean modelProblem) {
    }

    private final Models models;

    Explanations(Models models) {
        this.models = models;
    }

    static Lang lang(java.util.Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> Lang.RU;
            case "en" -> Lang.EN;
            default -> Lang.KK;
        };
    }

    Case of(UUID systemId, JsonNode record, Lang lang) {
        Optional<ScoringModel> model = record == null ? Optional.empty()
                : models.find(systemId, record.path("modelVersion").asString(null));
        boolean problem = false;
        if (model.isPresent()) {
            Optional<Inputs> inputs = inputs(model.get(), record.path("dataUsed"));
            if (inputs.isPresent()) {
                return fromModel(model.get(), inputs.get(), lang);
            }
            problem = true;
        }
        Map<Lang, String> written = models.written(systemId);
        List<String> langs = written.keySet().stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (written.isEmpty()) {
            return new Case(Kind.NONE, null, null, null, null, List.of(), null, List.of(), null, null, langs, problem);
        }
        Lang shown = written.containsKey(lang) ? lang : written.keySet().iterator().next();
        return new Case(Kind.WRITTEN, null, null, null, null, List.of(), null, List.of(), written.get(shown),
                shown.name().toLowerCase(java.util.Locale.ROOT), langs, problem);
    }

    private static Case fromModel(ScoringModel model, Inputs inputs, Lang lang) {
        Explanation e = Explainer.explain(model, inputs);
        Recourse r = Explainer.counterfactuals(model, inputs);
        List<Factor> factors = new ArrayList<>();
        for (Contribution c : e.contributions()) {
            factors.add(new Factor(c.feature().labels().get(lang), value(c.feature(), c.value(), lang),
                    Texts.number(c.term(), lang), signed(c.effect(), lang), c.feature().immutable()));
        }
        List<String> alternatives = r.options().stream().skip(1).limit(3).map(cf -> Texts.counterfactual(cf, lang)).toList();
        return new Case(Kind.MODEL, model.title() == null ? model.id() : model.title().get(lang), Texts.outcome(e, lang),
                Texts.number(e.score(), lang), Texts.number(e.threshold(), lang), factors, Texts.recourse(r, lang),
                alternatives, null, null, List.of(), false);
    }

    /** The model's inputs from the decision's data, or empty when a value is missing or does not fit. */
    static Optional<Inputs> inputs(ScoringModel model, JsonNode data) {
        Inputs inputs = Inputs.empty();
        for (Feature f : model.features()) {
            JsonNode v = data.path(f.id());
            if (v.isMissingNode() || v.isNull()) {
                return Optional.empty();
            }
            try {
                inputs = f.isNumeric() ? inputs.num(f.id(), new BigDecimal(v.asString()))
                        : inputs.cat(f.id(), v.asString());
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }
        try {
            model.check(inputs);
            return Optional.of(inputs);
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static String value(Feature f, Value v, Lang lang) {
        if (v instanceof Value.Num n) {
            String number = Texts.number(n.number(), lang);
            return f.unit() == null ? number : number + " " + f.unit().get(lang);
        }
        var category = f.category(v.toString());
        return category == null ? v.toString() : category.label(lang);
    }

    private static String signed(BigDecimal effect, Lang lang) {
        String n = Texts.number(effect, lang);
        return effect.signum() > 0 ? "+" + n : n;
    }
}
