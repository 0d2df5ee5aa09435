package kz.senim.guard.detectors;

import kz.senim.guard.Checksums;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Russian INN. One random 10-digit number in ten passes the 10-digit check, so those need the word "ИНН"/"INN"
 * nearby; 12-digit ones (two control digits, 1 in 100 by chance) are reported alone with lower confidence,
 * which lets a Kazakhstan IIN/BIN win when a number is valid as both.
 */
public final class RuInnDetector implements Detector {

    private static final ContextWords CONTEXT = ContextWords.of("инн", "inn", "налогоплательщик*", "taxpayer*", "tin");
    /** Words naming a Kazakhstan IIN/BIN: a 12-digit number next to them is not taken for a Russian INN. */
    private static final ContextWords KZ_CONTEXT = ContextWords.of("иин", "жсн", "iin", "бин", "бсн", "bin");

    @Override
    public String name() {
        return "ru-inn";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        TextView digits = new TextView(st);
        for (int t : st.digitTokensOfLength(10, 12)) {
            int len = st.tokenLength(t);
            if (Tokens.standaloneNumber(st, t)
                    && Checksums.innValid(digits.token(t))) {
                boolean context = Tokens.contextBeforeToken(st, t, 40, CONTEXT);
                if (context) {
                    sink.report(FindingType.RU_INN, st.start(t), st.end(t), 0.97);
                } else if (len == 12 && !Tokens.contextBeforeToken(st, t, 40, KZ_CONTEXT)) {
                    sink.report(FindingType.RU_INN, st.start(t), st.end(t), 0.6);
                }
            }
        }
    }
}
