package kz.senim.rules;

import java.util.List;

/** Every text the UI shows must exist, non-blank, in Kazakh, Russian and English. */
final class TranslationCheck {

    private TranslationCheck() {
    }

    static void check(RulePack pack, List<Problem> out) {
        required(pack.title(), "title", out);
        for (Question q : pack.questions()) {
            String path = "questions/" + q.id();
            required(q.text(), path + "/text", out);
            optional(q.help(), path + "/help", out);
            for (Option o : q.options()) {
                // Boolean options "yes"/"no" may leave their labels to the UI.
                if (q.type() == QuestionType.BOOLEAN) optional(o.text(), path + "/options/" + o.id() + "/text", out);
                else required(o.text(), path + "/options/" + o.id() + "/text", out);
            }
        }
        pack.prohibited().forEach(p -> required(p.text(), "prohibited/" + p.id() + "/text", out));
        pack.flags().forEach(f -> required(f.text(), "flags/" + f.id() + "/text", out));
        pack.riskRules().forEach(r -> required(r.text(), "riskRules/" + r.id() + "/text", out));
        pack.autonomyRules().forEach(r -> required(r.text(), "autonomy/rules/" + r.id() + "/text", out));
        pack.obligations().forEach(o -> required(o.text(), "obligations/" + o.id() + "/text", out));
    }

    private static void required(Text text, String path, List<Problem> out) {
        List<String> missing = text == null ? Text.LANGUAGES : text.missingLanguages();
        missing.forEach(lang -> out.add(Problem.of(path, "TRANSLATION_MISSING", lang)));
    }

    private static void optional(Text text, String path, List<Problem> out) {
        if (text != null) required(text, path, out);
    }
}
