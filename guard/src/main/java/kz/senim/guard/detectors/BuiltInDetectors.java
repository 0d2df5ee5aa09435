package kz.senim.guard.detectors;

import java.util.List;
import java.util.function.Supplier;
import kz.senim.guard.Detector;
import kz.senim.guard.DetectorConfig;
import kz.senim.guard.DetectorFactory;

/** Factories of the detectors that ship with the guard, in the order they run. */
public final class BuiltInDetectors {

    private BuiltInDetectors() {
    }

    private record Simple(String id, Supplier<Detector> supplier) implements DetectorFactory {
        @Override
        public Detector create(DetectorConfig config) {
            return supplier.get();
        }
    }

    public static List<DetectorFactory> factories() {
        return List.of(
                new Simple("iin", IinDetector::new),
                new Simple("bin", BinDetector::new),
                new Simple("iban", IbanDetector::new),
                new Simple("card", CardDetector::new),
                new Simple("phone", PhoneDetector::new),
                new Simple("email", EmailDetector::new),
                new Simple("id-document", IdDocumentDetector::new),
                new Simple("plate", PlateDetector::new),
                new Simple("ru-inn", RuInnDetector::new),
                new Simple("ru-snils", SnilsDetector::new),
                new Simple("person-name", NameDetector::new),
                new Simple("marking", MarkingDetector::new));
    }
}
