package kz.senim.classification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The obligations of a system's latest stored classification, for features that act on them. */
public interface SystemObligations {

    /** Obligation ids (e.g. {@code o_human_signoff}); empty when the system has no stored classification. */
    Optional<List<String>> of(UUID systemId);

    /** The tracked status (OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE) of one obligation; empty when it does not apply. */
    Optional<String> status(UUID systemId, String obligationId);
}
