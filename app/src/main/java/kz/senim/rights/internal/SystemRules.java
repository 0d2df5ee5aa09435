package kz.senim.rights.internal;

import java.util.List;
import java.util.Optional;
import kz.senim.classification.SystemObligations;
import kz.senim.registry.AiSystem;
import org.springframework.stereotype.Component;

/**
 * What the law asks of a system at the rights desk, read from its latest classification's obligations.
 * A system whose classification is not on file is treated on the safe side for the person: high risk or
 * high autonomy needs a sign-off, and refusal applies.
 */
@Component
class SystemRules {

    static final String SIGN_OFF = "o_human_signoff";
    static final String HIGH_AUTONOMY = "o_high_autonomy";
    static final String REFUSAL = "o_refusal";

    private final SystemObligations obligations;
    private final Settings settings;

    SystemRules(SystemObligations obligations, Settings settings) {
        this.obligations = obligations;
        this.settings = settings;
    }

    /** What a decision logged by the system needs: a sign-off, and a check of the person's refusals. */
    record Rule(boolean signOff, boolean refusalApplies) {
    }

    /** Both answers from one read of the obligations. */
    Rule of(AiSystem system) {
        Optional<List<String>> ids = obligations.of(system.id());
        return new Rule(requiresSignOff(system, ids), refusalApplies(system, ids));
    }

    /** High risk with decisions affecting rights, or high autonomy: a named human signs each decision off. */
    boolean requiresSignOff(AiSystem system) {
        return requiresSignOff(system, obligations.of(system.id()));
    }

    /**
     * A person may refuse AI processing by a system that interacts with people, unless the operator has
     * recorded the law that makes the interaction compulsory.
     */
    boolean refusalApplies(AiSystem system) {
        return refusalApplies(system, obligations.of(system.id()));
    }

    private static boolean requiresSignOff(AiSystem system, Optional<List<String>> ids) {
        if ("HIGH".equals(system.autonomyClass())) {
            return true;
        }
        return ids.map(o -> o.contains(SIGN_OFF) || o.contains(HIGH_AUTONOMY)).orElse("HIGH".equals(system.riskClass()));
    }

    private boolean refusalApplies(AiSystem system, Optional<List<String>> ids) {
        if (settings.compulsoryBasis(system.id()).isPresent()) {
            return false;
        }
        return ids.map(o -> o.contains(REFUSAL)).orElse(true);
    }
}
