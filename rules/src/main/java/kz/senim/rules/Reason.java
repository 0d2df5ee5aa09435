package kz.senim.rules;

import java.util.List;

/**
 * One step of the reasoning, as a message code plus arguments so the app can show it in kk/ru/en
 * (the app holds the message texts). Codes: PROHIBITED_PRACTICE [id, article-or-source], FLAG_SET [flag],
 * RISK_RULE [rule, class, source], SCORE_CLASS [percent, class, medium%, high%], MITIGATION_REDUCTION
 * [mitigation, max, threshold%, reduction%], RISK_CLASS [class], AUTONOMY_RULE [rule, class, source],
 * AUTONOMY_DEFAULT [class], OBLIGATION [id, source], ANSWER_CLEARED [question].
 */
public record Reason(String code, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(String code, Object... args) {
        return new Reason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
