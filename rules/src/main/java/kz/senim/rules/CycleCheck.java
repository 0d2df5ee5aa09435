package kz.senim.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * showIf conditions must not form a cycle (A shown if B, B shown if A, or longer): such questions
 * could never be decided. Each cycle is reported once, starting from its first question in pack order.
 */
final class CycleCheck {

    private CycleCheck() {
    }

    static void check(RulePack pack, List<Problem> out) {
        Map<String, List<String>> edges = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Question q : pack.questions()) {
            if (q.id() == null || edges.containsKey(q.id())) continue;
            order.add(q.id());
            edges.put(q.id(), new ArrayList<>(References.questions(q.showIf())));
        }
        Set<List<String>> reported = new LinkedHashSet<>();
        Set<String> done = new LinkedHashSet<>();
        for (String start : order) {
            dfs(start, edges, new ArrayList<>(), done, reported, order);
        }
        for (List<String> cycle : reported) {
            List<String> args = new ArrayList<>(cycle);
            args.add(cycle.getFirst());
            out.add(new Problem("questions/" + cycle.getFirst() + "/showIf", "SHOW_IF_CYCLE", args));
        }
    }

    private static void dfs(String node, Map<String, List<String>> edges, List<String> stack, Set<String> done,
                            Set<List<String>> reported, List<String> order) {
        int at = stack.indexOf(node);
        if (at >= 0) {
            reported.add(canonical(stack.subList(at, stack.size()), order));
            return;
        }
        if (done.contains(node) || !edges.containsKey(node)) return;
        stack.add(node);
        for (String next : edges.get(node)) dfs(next, edges, stack, done, reported, order);
        stack.removeLast();
        done.add(node);
    }

    /** Rotates the cycle to start at its earliest question, so the same cycle is reported once. */
    private static List<String> canonical(List<String> cycle, List<String> order) {
        int best = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (order.indexOf(cycle.get(i)) < order.indexOf(cycle.get(best))) best = i;
        }
        List<String> rotated = new ArrayList<>(cycle.subList(best, cycle.size()));
        rotated.addAll(cycle.subList(0, best));
        return List.copyOf(rotated);
    }
}
