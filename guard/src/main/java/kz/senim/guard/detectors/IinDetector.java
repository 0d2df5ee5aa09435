package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/** Kazakhstan IIN: a stand-alone 12-digit run with a real birth date, century digit and control digit. */
public final class IinDetector implements Detector {

    private static final ContextWords CONTEXT = ContextWords.of("иин", "жсн", "iin", "иин*", "жсн*");

    @Override
    public String name() {
        return "iin";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        TextView s = new TextView(st);
        for (int t : st.digitTokensOfLength(12)) {
            if (KzIds.isIin(s, st.start(t))
                    && Tokens.standaloneNumber(st, t)) {
                double conf = Tokens.contextBeforeToken(st, t, 40, CONTEXT) ? 0.99 : 0.95;
                sink.report(FindingType.IIN, st.start(t), st.end(t), conf);
            }
        }
    }
}
