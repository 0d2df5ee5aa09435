package kz.senim.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered (or draft) AI system as the register holds it. */
public record AiSystem(UUID id, UUID organizationId, String organizationName, String name, String purpose,
                       String legalBasis, Sector sector, OversightKind oversightKind, String oversight,
                       List<String> channels, List<Model> models, List<Dataset> datasets, SystemStatus status,
                       String riskClass, String autonomyClass, Boolean prohibited, String rulePackVersion,
                       Instant classifiedAt, int version, Instant createdAt, Instant updatedAt) {

    public record Model(String name, String version, String provider, Boolean hostedInKazakhstan) {
    }

    public record Dataset(String name, String version, String description) {
    }
}
