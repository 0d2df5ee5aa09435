package kz.senim.rules;

import java.util.List;

/**
 * Every rule names its source. An article number must be one the pack declares confirmed; a rule
 * without a confirmed article must say "article not confirmed" and name where it was reported.
 */
final class SourceCheck {

    private SourceCheck() {
    }

    static void check(RulePack pack, List<Problem> out) {
        pack.prohibited().forEach(p -> source(pack, p.source(), "prohibited/" + p.id(), out));
        pack.flags().forEach(f -> source(pack, f.source(), "flags/" + f.id(), out));
        pack.riskRules().forEach(r -> source(pack, r.source(), "riskRules/" + r.id(), out));
        pack.autonomyRules().forEach(r -> source(pack, r.source(), "autonomy/rules/" + r.id(), out));
        pack.obligations().forEach(o -> source(pack, o.source(), "obligations/" + o.id(), out));
        if (pack.scoring() != null) source(pack, pack.scoring().source(), "scoring", out);
    }

    private static void source(RulePack pack, Source s, String rulePath, List<Problem> out) {
        String path = rulePath + "/source";
        if (s == null) {
            out.add(Problem.of(path, "SOURCE_MISSING"));
            return;
        }
        if (s.article() != null) {
            if (!pack.confirmedArticles().contains(s.article())) {
                out.add(Problem.of(path, "ARTICLE_NOT_CONFIRMED", s.article()));
            }
            return;
        }
        if (!Source.NOT_CONFIRMED.equals(s.status())) out.add(Problem.of(path, "SOURCE_STATUS_MISSING"));
        if (StructureCheck.blank(s.reported())) out.add(Problem.of(path, "SOURCE_REPORTED_MISSING"));
    }
}
