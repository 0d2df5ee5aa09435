package kz.senim.tlog;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared reference data directory. */
final class SharedVectors {

    private SharedVectors() {
    }

    /** {@code <shared>/vectors/tlog}: from system property senim.shared, else found above user.dir. */
    static Path tlogDir() {
        String prop = System.getProperty("senim.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop, "vectors", "tlog");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("shared").resolve("vectors").resolve("tlog");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("shared/vectors/tlog not found (set -Dsenim.shared)");
    }
}
