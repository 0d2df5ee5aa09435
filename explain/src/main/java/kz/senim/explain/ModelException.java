package kz.senim.explain;

import java.util.List;

/** A model file that cannot be registered, with every problem found. */
public class ModelException extends RuntimeException {

    private final transient List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super("invalid model: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
