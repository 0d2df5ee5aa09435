package kz.senim.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the closest changes of mutable features that flip a person's outcome.
 * Stage 1 tries every mutable feature alone; only if none flips, stage 2 tries every pair of them.
 * Distances are normalised per feature (see {@link Change#distance()}); ties keep model order.
 * Every result is verified by re-scoring the person with the proposed probe values.
 */
final class CounterfactualSearch {

    private static final MathContext MC = MathContext.DECIMAL128;

    private final ScoringModel model;
    private final Inputs inputs;
    private final Decision decision;
    private final BigDecimal score;
    private final Outcome outcome;

    CounterfactualSearch(ScoringModel model, Inputs inputs) {
        this.model = model;
        this.inputs = inputs;
        this.decision = model.decision();
        this.score = model.score(inputs);
        this.outcome = decision.outcomeFor(score);
    }

    /** A candidate change of one feature; delta is the change of the score it causes. */
    private record Move(Feature feature, Value probe, BigDecimal delta, BigDecimal distance, Comparison comparison,
                        BigDecimal bound, BigDecimal upperBound, String category, int binIndex) {
    }

    Recourse run() {
        List<Feature> mutable = model.features().stream().filter(f -> !f.immutable()).toList();
        List<Counterfactual> found = new ArrayList<>();
        for (Feature f : mutable) {
            bestSingle(f).ifPresent(found::add);
        }
        Recourse.Status status = Recourse.Status.SINGLE;
        if (found.isEmpty()) {
            status = Recourse.Status.PAIR;
            for (int i = 0; i < mutable.size(); i++) {
                for (int j = i + 1; j < mutable.size(); j++) {
                    bestPair(mutable.get(i), mutable.get(j)).ifPresent(found::add);
                }
            }
        }
        if (found.isEmpty()) {
            status = Recourse.Status.NONE;
        }
        // Stable sort: equal distances keep model order.
        found.sort(Comparator.comparing(Counterfactual::distance));
        return new Recourse(outcome, score, status, found);
    }

    // ---- stage 1 ----

    private Optional<Counterfactual> bestSingle(Feature f) {
        if (isContinuous(f)) {
            return linearMove(f, score).flatMap(m -> verified(List.of(m)));
        }
        Move best = null;
        for (Move m : discreteMoves(f)) {
            if (flips(score.add(m.delta())) && (best == null || m.distance().compareTo(best.distance()) < 0)) {
                best = m;
            }
        }
        return best == null ? Optional.empty() : verified(List.of(best));
    }

    // ---- stage 2 ----

    private Optional<Counterfactual> bestPair(Feature a, Feature b) {
        if (isContinuous(a) && isContinuous(b)) {
            return continuousPair(a, b);
        }
        List<List<Move>> candidates = new ArrayList<>();
        if (isContinuous(a) || isContinuous(b)) {
            Feature discrete = isContinuous(a) ? b : a;
            Feature continuous = isContinuous(a) ? a : b;
            for (Move d : discreteMoves(discrete)) {
                linearMove(continuous, score.add(d.delta()))
                        .ifPresent(c -> candidates.add(discrete == a ? List.of(d, c) : List.of(c, d)));
            }
        } else {
            for (Move x : discreteMoves(a)) {
                for (Move y : discreteMoves(b)) {
                    if (flips(score.add(x.delta()).add(y.delta()))) {
                        candidates.add(List.of(x, y));
                    }
                }
            }
        }
        List<Move> best = null;
        for (List<Move> c : candidates) {
            if (best == null || total(c).compareTo(total(best)) < 0) {
                best = c;
            }
        }
        return best == null ? Optional.empty() : verified(best);
    }

    /**
     * Two linear features: minimising |d1|/r1 + |d2|/r2 under a linear score constraint is a fractional
     * knapsack, so the feature giving more score per unit of normalised distance (|w| * range) is pushed to
     * the end of its range first and the other one covers the rest.
     */
    private Optional<Counterfactual> continuousPair(Feature a, Feature b) {
        BigDecimal ea = efficiency(a);
        BigDecimal eb = efficiency(b);
        Feature first = eb.compareTo(ea) > 0 ? b : a;
        Feature second = first == a ? b : a;
        Optional<Move> extreme = extremeMove(first);
        if (extreme.isEmpty()) {
            return Optional.empty();
        }
        Optional<Move> rest = linearMove(second, score.add(extreme.get().delta()));
        return rest.flatMap(r -> verified(first == a ? List.of(extreme.get(), r) : List.of(r, extreme.get())));
    }

    private BigDecimal efficiency(Feature f) {
        return weight(f).abs().multiply(span(f));
    }

    /** The furthest plausible value in the helpful direction; empty if unbounded that way or not allowed. */
    private Optional<Move> extremeMove(Feature f) {
        BigDecimal w = weight(f);
        if (w.signum() == 0) {
            return Optional.empty();
        }
        boolean up = needIncrease() == (w.signum() > 0);
        Grid grid = Grid.of(f);
        BigDecimal x = number(f);
        BigDecimal probe;
        if (up) {
            if (!f.direction().allowsUp() || f.max() == null) {
                return Optional.empty();
            }
            probe = grid.floor(f.max());
            if (probe.compareTo(x) <= 0) {
                return Optional.empty();
            }
        } else {
            if (!f.direction().allowsDown() || f.min() == null) {
                return Optional.empty();
            }
            probe = grid.ceil(f.min());
            if (probe.compareTo(x) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(numericMove(f, probe, w.multiply(probe.subtract(x)), up ? Comparison.AT_LEAST
                : Comparison.AT_MOST, -1));
    }

    // ---- moves ----

    /** A linear model's numeric feature: solved exactly instead of enumerated. */
    private boolean isContinuous(Feature f) {
        return model instanceof LinearModel && f.isNumeric();
    }

    /**
     * The smallest grid change of a linear numeric feature that flips the outcome, given the score
     * {@code base} that the other (already chosen) changes produce.
     */
    private Optional<Move> linearMove(Feature f, BigDecimal base) {
        BigDecimal w = weight(f);
        if (w.signum() == 0 || flips(base)) {
            return Optional.empty();
        }
        boolean up = needIncrease() == (w.signum() > 0);
        if (up ? !f.direction().allowsUp() : !f.direction().allowsDown()) {
            return Optional.empty();
        }
        Grid grid = Grid.of(f);
        BigDecimal x = number(f);
        BigDecimal boundary = x.add(decision.threshold().subtract(base).divide(w, MC));
        BigDecimal probe = up ? grid.ceil(boundary) : grid.floor(boundary);
        BigDecimal towards = up ? grid.step() : grid.step().negate();
        // The boundary was divided with finite precision: step outward until it flips, inward while it still does.
        for (int i = 0; i < 3 && !flips(base.add(w.multiply(probe.subtract(x)))); i++) {
            probe = probe.add(towards);
        }
        for (int i = 0; i < 3; i++) {
            BigDecimal back = probe.subtract(towards);
            boolean stillMoves = up ? back.compareTo(x) > 0 : back.compareTo(x) < 0;
            if (!stillMoves || !flips(base.add(w.multiply(back.subtract(x))))) {
                break;
            }
            probe = back;
        }
        boolean moves = up ? probe.compareTo(x) > 0 : probe.compareTo(x) < 0;
        if (!moves || !inRange(f, probe) || !flips(base.add(w.multiply(probe.subtract(x))))) {
            return Optional.empty();
        }
        return Optional.of(numericMove(f, probe, w.multiply(probe.subtract(x)),
                up ? Comparison.AT_LEAST : Comparison.AT_MOST, -1));
    }

    /** All other bins (scorecard) or categories a feature could move to, in model order. */
    private List<Move> discreteMoves(Feature f) {
        List<Move> moves = new ArrayList<>();
        Value current = inputs.get(f.id());
        BigDecimal currentTerm = model.term(f, current);
        if (!f.isNumeric()) {
            for (Category c : f.categories()) {
                if (!c.code().equals(((Value.Cat) current).code())) {
                    Value v = Value.category(c.code());
                    moves.add(new Move(f, v, model.term(f, v).subtract(currentTerm), BigDecimal.ONE,
                            Comparison.EQUAL_TO, null, null, c.code(), -1));
                }
            }
            return moves;
        }
        FeaturePoints.Bins bins = ((Scorecard) model).bins(f);
        for (int k = 0; k < bins.bins().size(); k++) {
            binMove(f, bins, k, currentTerm).ifPresent(moves::add);
        }
        return moves;
    }

    /** The nearest plausible value inside bin k, if the bin is another one and reachable. */
    private Optional<Move> binMove(Feature f, FeaturePoints.Bins bins, int k, BigDecimal currentTerm) {
        BigDecimal x = number(f);
        int here = bins.indexOf(x);
        if (k == here) {
            return Optional.empty();
        }
        Bin bin = bins.bins().get(k);
        Grid grid = Grid.of(f);
        BigDecimal probe;
        if (k > here) {
            if (!f.direction().allowsUp()) {
                return Optional.empty();
            }
            probe = grid.ceil(f.min() == null ? bin.lower() : bin.lower().max(f.min()));
        } else {
            if (!f.direction().allowsDown()) {
                return Optional.empty();
            }
            probe = grid.below(bin.upper());
            if (f.max() != null) {
                probe = probe.min(grid.floor(f.max()));
            }
        }
        if (!bin.contains(probe) || !inRange(f, probe)) {
            return Optional.empty();
        }
        Comparison c = k > here ? Comparison.AT_LEAST : Comparison.BELOW;
        return Optional.of(numericMove(f, probe, bin.points().subtract(currentTerm), c, k));
    }

    private Move numericMove(Feature f, BigDecimal probe, BigDecimal delta, Comparison c, int binIndex) {
        BigDecimal distance = probe.subtract(number(f)).abs().divide(span(f), MC);
        BigDecimal bound = binIndex < 0 ? probe : null;
        return new Move(f, Value.of(probe), delta, distance, c, bound, null, null, binIndex);
    }

    // ---- result ----

    /** Re-scores the person with the probes; drops the candidate if the outcome does not really flip. */
    private Optional<Counterfactual> verified(List<Move> moves) {
        Inputs changed = inputs;
        for (Move m : moves) {
            changed = changed.with(m.feature().id(), m.probe());
        }
        BigDecimal newScore = model.score(changed);
        Outcome newOutcome = decision.outcomeFor(newScore);
        if (newOutcome.equals(outcome)) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (Move m : moves) {
            BigDecimal others = score;
            for (Move o : moves) {
                if (o != m) {
                    others = others.add(o.delta());
                }
            }
            changes.add(describe(m, others));
        }
        return Optional.of(new Counterfactual(changes, total(moves), newScore, newOutcome,
                model.probability(newScore)));
    }

    /**
     * Phrases a move. A scorecard bin is stated open-ended ("below 120 000") when every reachable bin beyond it
     * flips the outcome too, so the statement stays true; otherwise both bin bounds are given.
     */
    private Change describe(Move m, BigDecimal othersScore) {
        Feature f = m.feature();
        Value current = inputs.get(f.id());
        if (m.binIndex() < 0) {
            return new Change(f, current, m.comparison(), m.bound(), null, m.category(), m.probe(), m.distance());
        }
        FeaturePoints.Bins bins = ((Scorecard) model).bins(f);
        Bin bin = bins.bins().get(m.binIndex());
        boolean up = m.comparison() == Comparison.AT_LEAST;
        BigDecimal currentTerm = model.term(f, current);
        boolean openEnded = true;
        int from = up ? m.binIndex() + 1 : 0;
        int to = up ? bins.bins().size() : m.binIndex();
        for (int k = from; k < to; k++) {
            Optional<Move> beyond = binMove(f, bins, k, currentTerm);
            if (beyond.isPresent() && !flips(othersScore.add(beyond.get().delta()))) {
                openEnded = false;
            }
        }
        if (openEnded) {
            return new Change(f, current, m.comparison(), up ? bin.lower() : bin.upper(), null, null, m.probe(),
                    m.distance());
        }
        return new Change(f, current, Comparison.BETWEEN, bin.lower(), bin.upper(), null, m.probe(), m.distance());
    }

    // ---- helpers ----

    private boolean flips(BigDecimal newScore) {
        return !decision.outcomeFor(newScore).equals(outcome);
    }

    /** To flip, the score must rise if the person is currently below the threshold. */
    private boolean needIncrease() {
        return score.compareTo(decision.threshold()) < 0;
    }

    private BigDecimal weight(Feature f) {
        return ((LinearModel) model).weight(f);
    }

    private BigDecimal number(Feature f) {
        return ((Value.Num) inputs.get(f.id())).number();
    }

    /** max - min when both are declared (and differ), else 1: distances are then in the feature's own unit. */
    static BigDecimal span(Feature f) {
        if (f.min() != null && f.max() != null && f.max().compareTo(f.min()) > 0) {
            return f.max().subtract(f.min());
        }
        return BigDecimal.ONE;
    }

    private static boolean inRange(Feature f, BigDecimal v) {
        return (f.min() == null || v.compareTo(f.min()) >= 0) && (f.max() == null || v.compareTo(f.max()) <= 0);
    }

    private static BigDecimal total(List<Move> moves) {
        return moves.stream().map(Move::distance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
