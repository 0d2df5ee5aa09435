package kz.senim.rules;

import java.util.List;
import java.util.Set;

/**
 * Every condition must be well formed, refer to known questions, options and flags, use an operator
 * that fits the question type, and use only the kinds its place allows (a showIf cannot depend on a
 * flag or class, which are computed after the questionnaire).
 */
final class ConditionCheck {

    private static final Set<String> ANSWERS_ONLY = Set.of("all", "any", "not", "question");
    private static final Set<String> WITH_FLAGS = Set.of("all", "any", "not", "question", "flag");
    private static final Set<String> EVERYTHING =
            Set.of("all", "any", "not", "question", "flag", "riskClass", "autonomyClass");

    static void check(RulePack pack, List<Problem> out) {
        ConditionCheck c = new ConditionCheck(pack, out);
        for (Question q : pack.questions()) {
            if (q.showIf() != null) c.walk(q.showIf(), "questions/" + q.id() + "/showIf", ANSWERS_ONLY);
        }
        for (ProhibitedPractice p : pack.prohibited()) {
            String path = "prohibited/" + p.id() + "/when";
            if (c.required(p.when(), path, ANSWERS_ONLY)) {
                // The screen must be decidable from screen answers alone, so a hit can end the questionnaire.
                for (String qid : References.questions(p.when())) {
                    pack.question(qid).filter(q -> q.section() != Section.SCREEN)
                            .ifPresent(q -> out.add(Problem.of(path, "PROHIBITED_OUTSIDE_SCREEN", qid)));
                }
            }
        }
        pack.flags().forEach(f -> c.required(f.when(), "flags/" + f.id() + "/when", ANSWERS_ONLY));
        pack.riskRules().forEach(r -> c.required(r.when(), "riskRules/" + r.id() + "/when", WITH_FLAGS));
        pack.autonomyRules().forEach(r -> c.required(r.when(), "autonomy/rules/" + r.id() + "/when", WITH_FLAGS));
        for (ObligationRule o : pack.obligations()) {
            if (o.when() != null) c.walk(o.when(), "obligations/" + o.id() + "/when", EVERYTHING);
        }
    }

    private final RulePack pack;
    private final List<Problem> out;

    private ConditionCheck(RulePack pack, List<Problem> out) {
        this.pack = pack;
        this.out = out;
    }

    private boolean required(Condition c, String path, Set<String> allowed) {
        if (c == null) {
            out.add(Problem.of(path, "CONDITION_EMPTY"));
            return false;
        }
        walk(c, path, allowed);
        return true;
    }

    private void walk(Condition c, String path, Set<String> allowed) {
        List<String> kinds = c.kinds();
        if (kinds.isEmpty()) {
            out.add(Problem.of(path, "CONDITION_EMPTY"));
            return;
        }
        if (kinds.size() > 1) {
            out.add(Problem.of(path, "CONDITION_AMBIGUOUS", String.join(",", kinds)));
            return;
        }
        String kind = kinds.getFirst();
        if (!allowed.contains(kind)) {
            out.add(Problem.of(path, "CONDITION_NOT_ALLOWED", kind));
            return;
        }
        switch (kind) {
            case "all", "any" -> {
                List<Condition> parts = kind.equals("all") ? c.all() : c.any();
                if (parts.isEmpty()) out.add(Problem.of(path, "CONDITION_EMPTY"));
                for (int i = 0; i < parts.size(); i++) walk(parts.get(i), path + "/" + kind + "[" + i + "]", allowed);
            }
            case "not" -> walk(c.not(), path + "/not", allowed);
            case "flag" -> {
                if (pack.flags().stream().noneMatch(f -> f.id().equals(c.flag()))) {
                    out.add(Problem.of(path, "UNKNOWN_FLAG", c.flag()));
                }
            }
            case "riskClass", "autonomyClass" -> {
                List<?> classes = kind.equals("riskClass") ? c.riskClass() : c.autonomyClass();
                if (classes.isEmpty()) out.add(Problem.of(path, "CONDITION_EMPTY"));
            }
            default -> question(c, path);
        }
    }

    private void question(Condition c, String path) {
        if (c.question() == null) {
            out.add(Problem.of(path, "FIELD_MISSING", "question"));
            return;
        }
        Question q = pack.question(c.question()).orElse(null);
        if (q == null) {
            out.add(Problem.of(path, "UNKNOWN_QUESTION", c.question()));
            return;
        }
        List<String> ops = c.operators();
        if (ops.size() != 1) {
            out.add(Problem.of(path, ops.isEmpty() ? "CONDITION_EMPTY" : "CONDITION_AMBIGUOUS", String.join(",", ops)));
            return;
        }
        String op = ops.getFirst();
        if (q.type() == null) return;
        boolean fits = switch (op) {
            case "is" -> q.type() == QuestionType.BOOLEAN || q.type() == QuestionType.SINGLE;
            case "anyOf" -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTI;
            case "allOf" -> q.type() == QuestionType.MULTI;
            case "range" -> q.type() == QuestionType.NUMBER;
            default -> true; // answered
        };
        if (!fits) {
            out.add(Problem.of(path, "OPERATOR_MISMATCH", q.id(), op, q.type().name().toLowerCase()));
            return;
        }
        if (op.equals("is") && q.type() == QuestionType.BOOLEAN && !(c.is() instanceof Boolean)) {
            out.add(Problem.of(path, "UNKNOWN_OPTION", q.id(), c.is()));
        }
        if (op.equals("is") && q.type() == QuestionType.SINGLE) option(q, String.valueOf(c.is()), path);
        if (op.equals("anyOf")) c.anyOf().forEach(o -> option(q, o, path));
        if (op.equals("allOf")) c.allOf().forEach(o -> option(q, o, path));
    }

    private void option(Question q, String optionId, String path) {
        if (q.option(optionId).isEmpty()) out.add(Problem.of(path, "UNKNOWN_OPTION", q.id(), optionId));
    }
}
