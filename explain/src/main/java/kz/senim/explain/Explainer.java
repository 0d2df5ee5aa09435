package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entry point: contributions for a person, and counterfactuals ("what would have changed the outcome"). */
public final class Explainer {

    private Explainer() {
    }

    public static Explanation explain(ScoringModel model, Inputs inputs) {
        model.check(inputs);
        List<Contribution> contributions = new ArrayList<>();
        BigDecimal score = model.constant();
        BigDecimal referenceScore = model.constant();
        for (Feature f : model.features()) {
            Value v = inputs.get(f.id());
            BigDecimal term = model.term(f, v);
            BigDecimal reference = model.referenceTerm(f);
            contributions.add(new Contribution(f, v, term, reference, term.subtract(reference)));
            score = score.add(term);
            referenceScore = referenceScore.add(reference);
        }
        // List.sort is stable, so equal |effect| keeps model order.
        contributions.sort(Comparator.comparing((Contribution c) -> c.effect().abs()).reversed());
        return new Explanation(model.id(), model.decision().outcomeFor(score), score, model.decision().threshold(),
                model.probability(score), model.constant(), referenceScore, contributions);
    }

    public static Recourse counterfactuals(ScoringModel model, Inputs inputs) {
        return new CounterfactualSearch(model, inputs).run();
    }
}
