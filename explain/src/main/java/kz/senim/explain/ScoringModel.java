package kz.senim.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A registered scoring model. Both supported kinds are additive:
 * score = constant + sum over features of term(feature, value); the outcome is a threshold on the score.
 * That shared shape is what lets one explainer and one counterfactual search serve both.
 */
public sealed interface ScoringModel permits Scorecard, LinearModel {

    String id();

    /** Optional human title of the model (may be null). */
    Labels title();

    /** Features in model order; model order is the tie-break everywhere. */
    List<Feature> features();

    Decision decision();

    /** Base points (scorecard) or intercept (linear/logistic). */
    BigDecimal constant();

    /** This feature's part of the score for the given value; throws IllegalArgumentException if not scorable. */
    BigDecimal term(Feature feature, Value value);

    /** The term a feature is compared with when showing what drove the outcome (see README). */
    BigDecimal referenceTerm(Feature feature);

    /** The probability for logistic models, null otherwise. Display only: decisions use the exact score. */
    default BigDecimal probability(BigDecimal score) {
        return null;
    }

    default Feature feature(String id) {
        for (Feature f : features()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    default BigDecimal score(Inputs inputs) {
        check(inputs);
        BigDecimal sum = constant();
        for (Feature f : features()) {
            sum = sum.add(term(f, inputs.get(f.id())));
        }
        return sum;
    }

    default Outcome outcome(Inputs inputs) {
        return decision().outcomeFor(score(inputs));
    }

    /** Rejects inputs that do not fit the model, listing every problem at once. Extra keys are ignored. */
    default void check(Inputs inputs) {
        List<String> problems = new ArrayList<>();
        for (Feature f : features()) {
            Value v = inputs.get(f.id());
            if (v == null) {
                problems.add(f.id() + ": missing value");
            } else if (f.isNumeric() && !(v instanceof Value.Num)) {
                problems.add(f.id() + ": a number is required, got category '" + v + "'");
            } else if (!f.isNumeric() && !(v instanceof Value.Cat)) {
                problems.add(f.id() + ": a category is required, got number " + v);
            } else {
                try {
                    term(f, v);
                } catch (IllegalArgumentException e) {
                    problems.add(f.id() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("inputs do not fit model " + id() + ": " + String.join("; ", problems));
        }
    }
}
