package kz.senim.guard.detectors;

import java.util.Set;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * Kazakhstan vehicle plates of the 2012 standard: 3 digits, 2 or 3 capital letters, 2-digit region 01..20,
 * written "123ABC02" or "123 ABC 02". Cyrillic look-alike capitals are accepted because plates are often typed
 * in Cyrillic layouts. Older (1993) plates are not covered.
 */
public final class PlateDetector implements Detector {

    /** Currency and unit codes that would otherwise make "100 USD 02" look like a plate. */
    private static final Set<String> NOT_SERIES = Set.of("USD", "EUR", "KZT", "RUB", "CNY", "GBP", "KGS", "UZS",
            "TRY", "AED", "CHF", "JPY", "KWH", "MWH", "GWH", "KG", "KM", "MM", "CM", "ML", "GB", "MB", "KB", "TB",
            "MW", "KW", "PM", "AM", "ТЕНГЕ", "МЛН", "МЛРД");

    @Override
    public String name() {
        return "plate";
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        for (int t : st.digitTokensOfLength(3)) {
            if (!st.isLetters(t + 1) || !st.isDigits(t + 2)
                    || st.tokenLength(t + 2) != 2) {
                continue;
            }
            int letters = st.tokenLength(t + 1);
            if (letters < 2 || letters > 3 || !series(st, t + 1)) {
                continue;
            }
            int region = (st.charAt(st.start(t + 2)) - '0') * 10 + st.charAt(st.start(t + 2) + 1) - '0';
            if (region < 1 || region > 20) {
                continue;
            }
            boolean glued = st.gluedToNext(t) && st.gluedToNext(t + 1);
            boolean spaced = st.gapBefore(t + 1) == 1 && st.gapBefore(t + 2) == 1
                    && Tokens.isSpace(st.charAt(st.end(t))) && Tokens.isSpace(st.charAt(st.end(t + 1)));
            if (!glued && !spaced || st.gluedToPrevious(t) || st.gluedToNext(t + 2)) {
                continue;
            }
            if (!glued && (NOT_SERIES.contains(st.text().substring(st.start(t + 1), st.end(t + 1)))
                    || !Tokens.standaloneNumber(st, t) || !Tokens.standaloneNumber(st, t + 2))) {
                continue;
            }
            sink.report(FindingType.VEHICLE_PLATE, st.start(t), st.end(t + 2), glued ? 0.9 : 0.75);
        }
    }

    private static boolean series(ScanText st, int t) {
        for (int i = st.start(t); i < st.end(t); i++) {
            char c = st.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || "АВЕКМНОРСТХУ".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
