package kz.senim.ledger.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What operators log, as the API receives it. */
final class Records {

    private Records() {
    }

    static final String DIGEST = "sha256:[0-9a-f]{64}";

    /** Who took part in a decision, and whether they overrode the AI. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Human(@NotNull Boolean involved, @Size(max = 200) String by, Instant at, Boolean overrodeAi) {
    }

    /**
     * An AI-assisted decision about a person. {@code subjectIin} and {@code dataUsed} are personal: they go
     * only into the encrypted payload, and the IIN only as a keyed hash into the searchable index.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(@NotNull UUID systemId,
                    @NotBlank @Size(max = 64) String systemVersion,
                    @NotBlank @Size(max = 128) String modelVersion,
                    @NotBlank @Size(max = 128) String datasetVersion,
                    @NotBlank @Pattern(regexp = DIGEST, message = "{ledger.validation.digest}") String parametersDigest,
                    @NotBlank @Pattern(regexp = DIGEST, message = "{ledger.validation.digest}") String inputCommitment,
                    @NotBlank @Size(max = 200) String outcome,
                    @Size(max = 500) String explanationRef,
                    @NotNull @Valid Human human,
                    @NotNull Instant occurredAt,
                    @Pattern(regexp = "\\d{12}", message = "{ledger.validation.iin}") String subjectIin,
                    @Size(max = 200) String reference,
                    Map<String, Object> dataUsed,
                    @Size(max = 100) String idempotencyKey) {
    }

    enum LifecycleEvent {
        MODEL_CHANGED, DATASET_CHANGED, PARAMETERS_CHANGED, DEPLOYED, SUSPENDED, INCIDENT, HUMAN_INTERVENTION
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lifecycle(@NotNull UUID systemId,
                     @NotNull LifecycleEvent event,
                     @Size(max = 128) String modelVersion,
                     @Size(max = 128) String datasetVersion,
                     @Pattern(regexp = DIGEST, message = "{ledger.validation.digest}") String parametersDigest,
                     @NotBlank @Size(max = 2000) String description,
                     @NotNull Instant occurredAt,
                     @Size(max = 100) String idempotencyKey) {
    }
}
