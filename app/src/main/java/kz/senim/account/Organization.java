package kz.senim.account;

import java.time.Instant;
import java.util.UUID;

public record Organization(UUID id, String name, OrganizationKind kind, String bin, Instant createdAt) {
}
