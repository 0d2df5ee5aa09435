package kz.senim.guard.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared data: system property senim.shared, else a parent of user.dir holding shared/data. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("senim.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            return Path.of(prop);
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared");
            }
        }
        return null;
    }

    public static Path data(String relative) {
        Path root = root();
        return root == null ? null : root.resolve("data").resolve(relative);
    }
}
