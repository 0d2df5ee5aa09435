package kz.senim.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import kz.senim.guard.detectors.BuiltInDetectors;
import kz.senim.guard.detectors.PatternDetector;
import kz.senim.guard.detectors.TermDetector;

/**
 * Runs every configured detector over a text and returns non-overlapping findings sorted by start.
 * Immutable and thread-safe once built.
 *
 * <pre>{@code
 * LeakGuard guard = LeakGuard.builder().addBuiltIns()
 *         .addTerms("acme", List.of("Project Falcon", "Сункар"))
 *         .build();
 * List<Finding> found = guard.scan(prompt);
 * }</pre>
 */
public final class LeakGuard {

    private final List<Detector> detectors;
    private final double minConfidence;
    private final boolean linearTime;

    private LeakGuard(List<Detector> detectors, double minConfidence, boolean linearTime) {
        this.detectors = List.copyOf(detectors);
        this.minConfidence = minConfidence;
        this.linearTime = linearTime;
    }

    /** All built-in detectors, no organisation dictionaries. */
    public static LeakGuard defaults() {
        return builder().addBuiltIns().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * True when every detector is one of the built-ins or a term list, whose time grows linearly with the text: a
     * scan then cannot hang, whatever the text. False once a custom pattern or any other detector was added (a
     * pattern's every match is linear, but finding all matches is not: {@code a.*b|a} over a run of a's is quadratic).
     */
    public boolean linearTime() {
        return linearTime;
    }

    /** Findings that do not overlap, sorted by start. */
    public List<Finding> scan(String text) {
        return Overlaps.resolve(collect(text));
    }

    /** Every candidate of every detector, overlaps included (for diagnostics). */
    public List<Finding> scanAll(String text) {
        return collect(text).findings();
    }

    private Collected collect(String text) {
        Tokenizer tk = ScanPool.take();
        try {
            ScanText st = new ScanText(text, tk);
            Collected all = new Collected();
            for (Detector d : detectors) {
                String name = d.name();
                d.detect(st, (type, start, end, confidence) -> {
                    if (confidence >= minConfidence) {
                        all.add(new Finding(type, start, end, name, confidence));
                    }
                });
            }
            return all;
        } finally {
            ScanPool.give(tk); // detectors keep nothing of the text after detect
        }
    }

    /** Collects detectors; see {@link LeakGuard}. */
    public static final class Builder {
        private final List<Detector> detectors = new ArrayList<>();
        private double minConfidence = 0.5;
        private boolean foreign;

        private Builder() {
        }

        public Builder addBuiltIns() {
            for (DetectorFactory f : BuiltInDetectors.factories()) {
                detectors.add(f.create(DetectorConfig.EMPTY));
            }
            return this;
        }

        public Builder add(Detector detector) {
            detectors.add(detector);
            foreign = true;
            return this;
        }

        public Builder add(DetectorFactory factory, DetectorConfig config) {
            detectors.add(factory.create(config));
            foreign = true;
            return this;
        }

        /** Adds detectors of every {@link DetectorFactory} registered through {@link ServiceLoader}. */
        public Builder addServiceDetectors(ClassLoader loader) {
            for (DetectorFactory f : ServiceLoader.load(DetectorFactory.class, loader)) {
                detectors.add(f.create(DetectorConfig.EMPTY));
                foreign = true;
            }
            return this;
        }

        /** An organisation's confidential terms, matched case-insensitively as whole words. */
        public Builder addTerms(String name, Collection<String> terms) {
            detectors.add(new TermDetector(name, terms));
            return this;
        }

        /**
         * An organisation's pattern in RE2 syntax.
         *
         * @throws InvalidPatternException when the linear-time engine cannot run it (backreferences, lookaround)
         */
        public Builder addPattern(String name, String regex) throws InvalidPatternException {
            detectors.add(PatternDetector.compile(name, regex));
            foreign = true;
            return this;
        }

        /** Findings below this confidence are dropped (default 0.5). */
        public Builder minConfidence(double value) {
            this.minConfidence = value;
            return this;
        }

        public LeakGuard build() {
            return new LeakGuard(detectors, minConfidence, !foreign);
        }
    }
}
