package kz.senim.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Ids, required fields, options, points and thresholds. */
final class StructureCheck {

    private StructureCheck() {
    }

    static void check(RulePack pack, List<Problem> out) {
        if (blank(pack.id())) out.add(Problem.of("pack", "FIELD_MISSING", "id"));
        if (blank(pack.version())) out.add(Problem.of("pack", "FIELD_MISSING", "version"));
        if (pack.effectiveDate() == null) out.add(Problem.of("pack", "FIELD_MISSING", "effectiveDate"));
        if (pack.questions().isEmpty()) out.add(Problem.of("questions", "FIELD_MISSING", "questions"));
        ids(pack.questions(), Question::id, "questions", out);
        ids(pack.prohibited(), ProhibitedPractice::id, "prohibited", out);
        ids(pack.flags(), FlagRule::id, "flags", out);
        ids(pack.riskRules(), RiskRule::id, "riskRules", out);
        ids(pack.autonomyRules(), AutonomyRule::id, "autonomy/rules", out);
        ids(pack.obligations(), ObligationRule::id, "obligations", out);
        pack.questions().forEach(q -> question(q, out));
        pack.riskRules().stream().filter(r -> r.riskClass() == null)
                .forEach(r -> out.add(Problem.of("riskRules/" + r.id(), "FIELD_MISSING", "riskClass")));
        pack.autonomyRules().stream().filter(r -> r.autonomyClass() == null)
                .forEach(r -> out.add(Problem.of("autonomy/rules/" + r.id(), "FIELD_MISSING", "autonomyClass")));
        scoring(pack.scoring(), out);
    }

    private static <T> void ids(List<T> items, Function<T, String> id, String path, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (blank(value)) out.add(Problem.of(path + "[" + i + "]", "FIELD_MISSING", "id"));
            else if (!seen.add(value)) out.add(Problem.of(path + "/" + value, "DUPLICATE_ID", value));
        }
    }

    private static void question(Question q, List<Problem> out) {
        String path = "questions/" + q.id();
        if (q.type() == null) out.add(Problem.of(path, "FIELD_MISSING", "type"));
        if (q.section() == null) out.add(Problem.of(path, "FIELD_MISSING", "section"));
        ids(q.options(), Option::id, path + "/options", out);
        if (q.type() == null) return;
        switch (q.type()) {
            case SINGLE, MULTI -> {
                if (q.options().isEmpty()) out.add(Problem.of(path, "OPTIONS_MISSING"));
            }
            case BOOLEAN -> q.options().stream().filter(o -> !"yes".equals(o.id()) && !"no".equals(o.id()))
                    .forEach(o -> out.add(Problem.of(path + "/options/" + o.id(), "BOOLEAN_OPTION_INVALID", o.id())));
            case NUMBER, TEXT -> {
                if (!q.options().isEmpty()) out.add(Problem.of(path, "OPTIONS_NOT_ALLOWED", q.type().name().toLowerCase()));
            }
        }
        if (q.min() != null && q.max() != null && q.min() > q.max()) {
            out.add(Problem.of(path, "RANGE_INVALID", q.min(), q.max()));
        }
        for (Option o : q.options()) {
            String optionPath = path + "/options/" + o.id();
            if (o.impact() < 0 || o.mitigation() < 0) out.add(Problem.of(optionPath, "NEGATIVE_POINTS", o.id()));
            // Mitigation lowers the class, so a claim of it must be backed by proof.
            if (o.mitigation() > 0 && !o.requiresEvidence()) {
                out.add(Problem.of(optionPath, "MITIGATION_WITHOUT_EVIDENCE", o.id()));
            }
        }
    }

    private static void scoring(Scoring s, List<Problem> out) {
        if (s == null) {
            out.add(Problem.of("scoring", "FIELD_MISSING", "scoring"));
            return;
        }
        if (s.thresholds() == null) {
            out.add(Problem.of("scoring", "FIELD_MISSING", "thresholds"));
        } else {
            int medium = s.thresholds().medium(), high = s.thresholds().high();
            if (!(0 < medium && medium < high && high <= 100)) {
                out.add(Problem.of("scoring/thresholds", "THRESHOLDS_OUT_OF_ORDER", medium, high));
            }
        }
        if (s.mitigationThresholdPercent() <= 0 || s.mitigationThresholdPercent() > 100) {
            out.add(Problem.of("scoring", "PERCENT_OUT_OF_RANGE", "mitigationThresholdPercent",
                    s.mitigationThresholdPercent()));
        }
        if (s.reductionPercent() < 0 || s.reductionPercent() >= 100) {
            out.add(Problem.of("scoring", "PERCENT_OUT_OF_RANGE", "reductionPercent", s.reductionPercent()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
