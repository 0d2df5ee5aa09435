package kz.senim.guard;

/**
 * Creates a detector from configuration. Third parties register implementations in
 * {@code META-INF/services/kz.senim.guard.DetectorFactory}; {@link LeakGuard.Builder#addServiceDetectors}
 * picks them up, the built-in ones are listed by {@link kz.senim.guard.detectors.BuiltInDetectors}.
 */
public interface DetectorFactory {

    /** Identifier used in configuration to enable the detector. */
    String id();

    Detector create(DetectorConfig config);
}
