package kz.senim.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What conditions refer to, and the order in which questions can be decided. */
final class References {

    private References() {
    }

    static Set<String> questions(Condition c) {
        Set<String> ids = new LinkedHashSet<>();
        walk(c, ids, true);
        return ids;
    }

    static Set<String> flags(Condition c) {
        Set<String> ids = new LinkedHashSet<>();
        walk(c, ids, false);
        return ids;
    }

    static boolean mentionsRisk(Condition c) {
        if (c == null) return false;
        return c.riskClass() != null || c.children().stream().anyMatch(References::mentionsRisk);
    }

    static boolean mentionsAutonomy(Condition c) {
        if (c == null) return false;
        return c.autonomyClass() != null || c.children().stream().anyMatch(References::mentionsAutonomy);
    }

    private static void walk(Condition c, Set<String> out, boolean questions) {
        if (c == null) return;
        if (questions && c.question() != null) out.add(c.question());
        if (!questions && c.flag() != null) out.add(c.flag());
        c.children().forEach(child -> walk(child, out, questions));
    }

    /**
     * Questions in an order where every question comes after those its showIf refers to; within that,
     * pack order. Questions on a cycle (which the validator rejects) are appended in pack order.
     */
    static List<Question> decisionOrder(RulePack pack) {
        Map<String, Question> byId = new LinkedHashMap<>();
        pack.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        List<Question> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Question q : byId.values()) {
                if (placed.contains(q.id())) continue;
                Set<String> deps = questions(q.showIf());
                deps.retainAll(byId.keySet());
                if (placed.containsAll(deps)) {
                    order.add(q);
                    placed.add(q.id());
                    progress = true;
                    break; // restart so pack order is kept wherever possible
                }
            }
        }
        byId.values().stream().filter(q -> !placed.contains(q.id())).forEach(order::add);
        return order;
    }
}
