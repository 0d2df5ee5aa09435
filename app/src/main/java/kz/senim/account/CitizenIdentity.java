package kz.senim.account;

import java.util.Optional;
import java.util.UUID;

/** The IIN of a citizen's account, which links them to decisions about them. Never logged. */
public interface CitizenIdentity {

    Optional<String> iinOf(UUID accountId);
}
