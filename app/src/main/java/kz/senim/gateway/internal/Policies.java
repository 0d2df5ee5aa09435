package kz.senim.gateway.internal;

import kz.senim.guard.FindingType;

/** Safe defaults: official information goes only to the domestic model; personal identifiers are pseudonymized. */
final class Policies {

    private Policies() {
    }

    static Action byDefault(FindingType type) {
        return switch (type) {
            case RESTRICTED_MARKING, CONFIDENTIAL_TERM, CUSTOM_PATTERN -> Action.ROUTE_DOMESTIC;
            default -> Action.PSEUDONYMIZE;
        };
    }
}
