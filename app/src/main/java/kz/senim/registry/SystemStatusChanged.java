package kz.senim.registry;

import java.util.UUID;

/** A system moved in its lifecycle (published after the change is stored). */
public record SystemStatusChanged(UUID systemId, SystemStatus from, SystemStatus to) {
}
