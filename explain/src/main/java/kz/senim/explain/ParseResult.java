package kz.senim.explain;

import java.util.List;

/** Either a model (problems empty) or the full list of problems (model null). */
public record ParseResult(ScoringModel model, List<Problem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public ScoringModel orThrow() {
        if (!ok()) {
            throw new ModelException(problems);
        }
        return model;
    }
}
