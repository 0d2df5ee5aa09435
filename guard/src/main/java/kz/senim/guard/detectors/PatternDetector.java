package kz.senim.guard.detectors;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.CancellationException;
import kz.senim.guard.Detector;
import kz.senim.guard.FindingSink;
import kz.senim.guard.FindingType;
import kz.senim.guard.InvalidPatternException;
import kz.senim.guard.InvalidPatternException.Reason;
import kz.senim.guard.ScanText;

/**
 * An organisation-defined pattern run on RE2/J, where each match takes time linear in the text; patterns RE2
 * cannot run are refused when they are saved. Finding all matches can still take quadratic time ({@code a.*b|a}
 * over a run of a's looks to the end of the text once per a), so the scan stops between two matches when its
 * thread is interrupted: a caller that gave up on it (the gateway's deadline) does not leave it running.
 */
public final class PatternDetector implements Detector {

    private final String name;
    private final Pattern pattern;

    private PatternDetector(String name, Pattern pattern) {
        this.name = "pattern:" + name;
        this.pattern = pattern;
    }

    /**
     * Compiles a pattern or explains why it cannot be used.
     *
     * @throws InvalidPatternException with a reason meant for the administrator who wrote the pattern
     */
    public static PatternDetector compile(String name, String regex) throws InvalidPatternException {
        return new PatternDetector(name, check(regex));
    }

    /** Validation only, for "save" endpoints: returns the compiled pattern or throws with the reason. */
    public static Pattern check(String regex) throws InvalidPatternException {
        if (regex == null || regex.isBlank()) {
            throw new InvalidPatternException(String.valueOf(regex), Reason.EMPTY, "The pattern is empty.");
        }
        InvalidPatternException unsupported = unsupportedConstruct(regex);
        if (unsupported != null) {
            throw unsupported;
        }
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidPatternException(regex, Reason.SYNTAX, "The pattern is not valid RE2 syntax: " + e.getMessage());
        }
        if (p.matcher("").find()) {
            throw new InvalidPatternException(regex, Reason.MATCHES_EMPTY,
                    "The pattern matches empty text, so it would flag everything.");
        }
        return p;
    }

    /** Names the usual constructs RE2 lacks, in plainer words than the engine's own error. */
    private static InvalidPatternException unsupportedConstruct(String regex) {
        boolean escaped = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (escaped) {
                escaped = false;
                if (c >= '1' && c <= '9') {
                    return new InvalidPatternException(regex, Reason.BACKREFERENCE, "Backreferences such as \\" + c
                            + " are not supported: custom patterns run on a linear-time engine (RE2). Repeat the "
                            + "sub-pattern instead.");
                }
                if (c == 'k' && i + 1 < regex.length() && regex.charAt(i + 1) == '<') {
                    return new InvalidPatternException(regex, Reason.NAMED_BACKREFERENCE,
                            "Named backreferences (\\k<name>) are not supported by the linear-time engine (RE2).");
                }
                continue;
            }
            if (c == '\\') {
                escaped = true;
            } else if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
                    || regex.startsWith("(?<!", i)) {
                return new InvalidPatternException(regex, Reason.LOOKAROUND, "Lookahead and lookbehind ((?=, (?!, "
                        + "(?<=, (?<!) are not supported: custom patterns run on a linear-time engine (RE2). Use \\b "
                        + "or match the surrounding text instead.");
            } else if (regex.startsWith("(?>", i)) {
                return new InvalidPatternException(regex, Reason.ATOMIC_GROUP,
                        "Atomic groups (?>...) are not supported by the linear-time engine (RE2).");
            }
        }
        return null;
    }

    @Override
    public String name() {
        return name;
    }

    public String regex() {
        return pattern.pattern();
    }

    @Override
    public void detect(ScanText st, FindingSink sink) {
        Matcher m = pattern.matcher(st.text());
        while (m.find()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("scan with " + name + " interrupted");
            }
            if (m.end() > m.start()) {
                sink.report(FindingType.CUSTOM_PATTERN, m.start(), m.end(), 0.9);
            }
        }
    }
}
