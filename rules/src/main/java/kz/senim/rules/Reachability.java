package kz.senim.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Can each outcome (prohibited practice, flag, risk class, autonomy class, direct rule, obligation)
 * be produced by some answers?
 * <ol>
 *   <li>Sampling: a few hundred seeded random answer sets are classified; each result proves the
 *       outcomes it shows reachable.</li>
 *   <li>Search: for the rest, a depth-first search over the questions the outcome depends on (its
 *       condition, the flags and rules behind it, the screen, the scored questions when a risk class is
 *       involved, and the showIf questions they need), in decision order, trying the exact value
 *       domains of {@link Domains}. Branches are pruned with three-valued evaluation and score
 *       bounds that over-approximate ({@link PartialFacts}), so pruning never loses a witness.</li>
 * </ol>
 * A "reachable" verdict always comes with a witness checked by the real {@link Classifier}; an
 * "unreachable" verdict comes from an exhausted search over exact domains. When the node budget runs
 * out (or a multi choice is too large to enumerate), the verdict is "undecided", never a guess.
 */
final class Reachability {

    enum Verdict { REACHABLE, UNREACHABLE, UNDECIDED }

    record Target(String kind, String id, String path, Condition condition, boolean notProhibited,
                  Predicate<Classification> produced) {
    }

    record Outcome(Target target, Verdict verdict, Map<String, Answer> witness) {
    }

    private static final int SAMPLES = 400;

    private Reachability() {
    }

    static List<Outcome> analyse(RulePack pack, int budget) {
        return analyse(pack, budget, SAMPLES);
    }

    /** With {@code samples == 0} every verdict comes from the search alone (used by tests). */
    static List<Outcome> analyse(RulePack pack, int budget, int samples) {
        List<Target> targets = targets(pack);
        Map<Target, Map<String, Answer>> witnesses = sample(pack, targets, samples);
        List<Outcome> outcomes = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Answer> w = witnesses.get(t);
            outcomes.add(w != null ? new Outcome(t, Verdict.REACHABLE, w) : new ReachabilitySearch(pack, t, budget).run());
        }
        return outcomes;
    }

    static List<Target> targets(RulePack pack) {
        List<Target> out = new ArrayList<>();
        for (ProhibitedPractice p : pack.prohibited()) {
            out.add(new Target("prohibited", p.id(), "prohibited/" + p.id(), p.when(), false,
                    r -> r.prohibitedPracticeIds().contains(p.id())));
        }
        for (FlagRule f : pack.flags()) {
            out.add(new Target("flag", f.id(), "flags/" + f.id(), Condition.flag(f.id()), true,
                    r -> r.flags().contains(f.id())));
        }
        for (RiskClass c : RiskClass.values()) {
            out.add(new Target("riskClass", c.code(), "riskClasses/" + c.code(), Condition.risk(c), true,
                    r -> r.riskClass() == c));
        }
        for (AutonomyClass c : AutonomyClass.values()) {
            out.add(new Target("autonomyClass", c.code(), "autonomyClasses/" + c.code(), Condition.autonomy(c), true,
                    r -> r.autonomyClass() == c));
        }
        for (RiskRule rule : pack.riskRules()) {
            out.add(new Target("riskRule", rule.id(), "riskRules/" + rule.id(), rule.when(), true,
                    r -> fired(r, "RISK_RULE", rule.id())));
        }
        for (AutonomyRule rule : pack.autonomyRules()) {
            out.add(new Target("autonomyRule", rule.id(), "autonomy/rules/" + rule.id(), rule.when(), true,
                    r -> fired(r, "AUTONOMY_RULE", rule.id())));
        }
        for (ObligationRule o : pack.obligations()) {
            out.add(new Target("obligation", o.id(), "obligations/" + o.id(), o.when(), true,
                    r -> r.obligationIds().contains(o.id())));
        }
        return out;
    }

    private static boolean fired(Classification r, String code, String id) {
        return r.reasons().stream().anyMatch(x -> x.code().equals(code) && x.args().getFirst().equals(id));
    }

    /** Random answer sets, biased to each question's first value (packs list the harmless answer first). */
    private static Map<Target, Map<String, Answer>> sample(RulePack pack, List<Target> targets, int samples) {
        Random random = new Random(230);
        Map<Target, Map<String, Answer>> found = new LinkedHashMap<>();
        for (int i = 0; i < samples && found.size() < targets.size(); i++) {
            Map<String, Answer> answers = Filler.fill(pack, Map.of(), q -> {
                List<Object> domain = Domains.of(pack, q);
                if (!q.required() && random.nextInt(5) == 0) return null;
                return random.nextInt(10) < 6 ? domain.getFirst() : domain.get(random.nextInt(domain.size()));
            });
            Classification result = classifyOrNull(pack, answers);
            if (result == null) continue;
            for (Target t : targets) {
                if (!found.containsKey(t) && t.produced().test(result)) found.put(t, answers);
            }
        }
        return found;
    }

    static Classification classifyOrNull(RulePack pack, Map<String, Answer> answers) {
        try {
            return Classifier.classify(pack, answers);
        } catch (InvalidAnswersException e) {
            return null;
        }
    }

    /** The questions whose answers can change whether the target is produced. */
    static Set<String> relevant(RulePack pack, Target t) {
        Set<String> questions = new LinkedHashSet<>(References.questions(t.condition()));
        Set<String> flags = new LinkedHashSet<>(References.flags(t.condition()));
        if (t.notProhibited()) pack.prohibited().forEach(p -> questions.addAll(References.questions(p.when())));
        if (References.mentionsRisk(t.condition())) {
            for (RiskRule r : pack.riskRules()) {
                questions.addAll(References.questions(r.when()));
                flags.addAll(References.flags(r.when()));
            }
            pack.questions().stream().filter(q -> q.maxImpact() > 0 || q.maxMitigation() > 0)
                    .forEach(q -> questions.add(q.id()));
        }
        if (References.mentionsAutonomy(t.condition())) {
            for (AutonomyRule r : pack.autonomyRules()) {
                questions.addAll(References.questions(r.when()));
                flags.addAll(References.flags(r.when()));
            }
        }
        for (FlagRule f : pack.flags()) {
            if (flags.contains(f.id())) questions.addAll(References.questions(f.when()));
        }
        // A question can only be answered when visible, so the questions its showIf reads matter too.
        List<String> queue = new ArrayList<>(questions);
        while (!queue.isEmpty()) {
            String id = queue.removeLast();
            pack.question(id).ifPresent(q -> References.questions(q.showIf()).forEach(dep -> {
                if (questions.add(dep)) queue.add(dep);
            }));
        }
        return questions;
    }
}
