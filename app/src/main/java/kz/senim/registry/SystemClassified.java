package kz.senim.registry;

import java.util.UUID;

/** A system got a new classification (its classes and obligations may have changed). */
public record SystemClassified(UUID systemId) {
}
