package kz.senim.registry;

import java.util.Set;

/** A system's life in the register; only registered, suspended and retired systems are public. */
public enum SystemStatus {
    DRAFT, SUBMITTED, REGISTERED, SUSPENDED, RETIRED;

    public boolean isPublic() {
        return this == REGISTERED || this == SUSPENDED || this == RETIRED;
    }

    /** The statuses this one may move to (who may move it is decided elsewhere). */
    public Set<SystemStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, RETIRED);
            case SUBMITTED -> Set.of(REGISTERED, DRAFT);
            case REGISTERED -> Set.of(SUSPENDED, RETIRED);
            case SUSPENDED -> Set.of(REGISTERED, RETIRED);
            case RETIRED -> Set.of();
        };
    }
}
