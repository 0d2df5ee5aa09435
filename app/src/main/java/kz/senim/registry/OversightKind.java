package kz.senim.registry;

/** How a human oversees the system's outputs. */
public enum OversightKind {
    /** A human decides every case, with the AI's output as input. */
    IN_THE_LOOP,
    /** The AI decides; a human monitors and can intervene. */
    ON_THE_LOOP,
    NONE
}
