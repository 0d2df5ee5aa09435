package kz.senim.registry;

import java.util.Optional;
import java.util.UUID;

/** What other features ask the register. */
public interface Register {

    Optional<AiSystem> find(UUID systemId);

    /** Records the system's latest classification, made with the given rule-pack version. */
    void recordClassification(UUID systemId, UUID classificationId, String rulePackVersion, boolean prohibited,
                              String riskClass, String autonomyClass);
}
