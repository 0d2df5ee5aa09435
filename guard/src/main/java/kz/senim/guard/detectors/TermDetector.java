package kz.senim.guard.detectors;

import java.util.Collection;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.ScanText;

/**
 * An organisation's dictionary of confidential terms (project code names, client names...). Matching ignores
 * case (ё = е) and is whole-word: the chars around a match must not be letters or digits. Thousands of terms
 * cost one pass over the text (Aho–Corasick).
 */
public final class TermDetector implements Detector {

    private final String name;
    private final AhoCorasick automaton;

    public TermDetector(String name, Collection<String> terms) {
        this.name = "terms:" + name;
        this.automaton = new AhoCorasick(terms);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        if (automaton.isEmpty()) {
            return;
        }
        automaton.search(st.text(), (start, end) -> {
            if (!Character.isLetterOrDigit(st.charOr0(start - 1)) && !Character.isLetterOrDigit(st.charOr0(end))) {
                sink.report(FindingType.CONFIDENTIAL_TERM, start, end, 0.9);
            }
        });
    }
}
