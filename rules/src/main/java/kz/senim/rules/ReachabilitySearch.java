package kz.senim.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Depth-first search for answers that produce one outcome (see {@link Reachability}). Only the
 * questions the outcome depends on are branched on, in decision order; every node is pruned when the
 * three-valued evaluation says the target can no longer hold.
 */
final class ReachabilitySearch {

    private final RulePack pack;
    private final Reachability.Target target;
    private final int budget;
    private final List<Question> order;
    private final Map<String, Object> assigned = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final PartialFacts facts;
    private final int direction;
    private int nodes;
    private boolean exact = true;
    private Map<String, Answer> witness;

    ReachabilitySearch(RulePack pack, Reachability.Target target, int budget) {
        this.pack = pack;
        this.target = target;
        this.budget = budget;
        Set<String> relevant = Reachability.relevant(pack, target);
        this.order = References.decisionOrder(pack).stream().filter(q -> relevant.contains(q.id())).toList();
        this.facts = new PartialFacts(pack, assigned, hidden);
        this.direction = direction(target.condition());
    }

    Reachability.Outcome run() {
        boolean found;
        try {
            found = dfs(0);
        } catch (BudgetExceeded e) {
            return new Reachability.Outcome(target, Reachability.Verdict.UNDECIDED, null);
        }
        if (found) return new Reachability.Outcome(target, Reachability.Verdict.REACHABLE, witness);
        return new Reachability.Outcome(target, exact ? Reachability.Verdict.UNREACHABLE : Reachability.Verdict.UNDECIDED, null);
    }

    private boolean dfs(int index) {
        if (++nodes > budget) throw new BudgetExceeded();
        if (target.notProhibited() && facts.prohibited() == Tri.TRUE) return false;
        if (Conditions.eval(target.condition(), facts) == Tri.FALSE) return false;
        if (index == order.size()) return leaf();
        Question q = order.get(index);
        Tri visible = Conditions.eval(q.showIf(), facts);
        if (visible != Tri.TRUE) {
            assigned.put(q.id(), null);
            hidden.add(q.id());
            boolean found = dfs(index + 1);
            hidden.remove(q.id());
            assigned.remove(q.id());
            if (found || visible == Tri.FALSE) return found;
        }
        if (!Domains.exact(q)) exact = false;
        List<Object> values = new ArrayList<>(ordered(q));
        if (!q.required()) values.add(null);
        for (Object v : values) {
            assigned.put(q.id(), v);
            if (dfs(index + 1)) return true;
        }
        assigned.remove(q.id());
        return false;
    }

    private boolean leaf() {
        Map<String, Answer> answers = Filler.fill(pack, assigned, q -> Filler.firstIfRequired(pack, q));
        Classification result = Reachability.classifyOrNull(pack, answers);
        if (result != null && target.produced().test(result)) {
            witness = answers;
            return true;
        }
        return false;
    }

    /** Tries high-impact values first when the target wants a high class, low-impact first for minimal. */
    private List<Object> ordered(Question q) {
        List<Object> domain = Domains.of(pack, q);
        if (direction == 0 || (q.maxImpact() == 0 && q.maxMitigation() == 0)) return domain;
        Comparator<Object> byWeight = Comparator.comparingInt(v -> weight(q, v));
        return domain.stream().sorted(direction > 0 ? byWeight.reversed() : byWeight).toList();
    }

    private static int weight(Question q, Object value) {
        int w = 0;
        for (String id : AnswerChecker.chosenOptions(q, value)) {
            w += q.option(id).map(o -> o.impact() - o.mitigation()).orElse(0);
        }
        return w;
    }

    /** +1 if the condition asks for high risk (and not minimal), −1 for the reverse, else 0. */
    private static int direction(Condition c) {
        Set<RiskClass> wanted = new HashSet<>();
        collectRisk(c, wanted);
        boolean high = wanted.contains(RiskClass.HIGH), minimal = wanted.contains(RiskClass.MINIMAL);
        return high && !minimal ? 1 : minimal && !high ? -1 : 0;
    }

    private static void collectRisk(Condition c, Set<RiskClass> out) {
        if (c == null) return;
        if (c.riskClass() != null) out.addAll(c.riskClass());
        c.children().forEach(child -> collectRisk(child, out));
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false); // control flow only: no stack trace needed
        }
    }
}
