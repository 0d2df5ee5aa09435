package kz.senim.registry;

import java.util.Optional;
import java.util.UUID;

/** What other features ask the register. */
public interface Register {

    Optional<AiSystem> find(UUID systemId);

    /** Every system in the register, drafts included (for the regulator's overview). */
    java.util.List<AiSystem> all();

    /** Records the system's latest classification, made with the given rule-pack version. */
    void recordClassification(UUID systemId, UUID classificationId, String rulePackVersion, boolean prohibited,
                              String riskClass, String autonomyClass);
}
