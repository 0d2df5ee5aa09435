package kz.senim.guard.detectors;

import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/** Kazakhstan BIN: a stand-alone 12-digit run with a registration month, entity type and control digit. */
public final class BinDetector implements Detector {

    private static final ContextWords CONTEXT = ContextWords.of("бин", "бсн", "bin", "бин*", "бсн*");

    @Override
    public String name() {
        return "bin";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        TextView s = new TextView(st);
        for (int t : st.digitTokensOfLength(12)) {
            if (KzIds.isBin(s, st.start(t))
                    && Tokens.standaloneNumber(st, t)) {
                double conf = Tokens.contextBeforeToken(st, t, 40, CONTEXT) ? 0.99 : 0.95;
                sink.report(FindingType.BIN, st.start(t), st.end(t), conf);
            }
        }
    }
}
