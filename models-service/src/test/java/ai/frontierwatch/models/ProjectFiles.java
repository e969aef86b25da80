package ai.frontierwatch.models;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's own files, found from the project wherever it is cloned: the build passes its root as
 * {@code fw.repo.dir}; a test run from this module's folder without it finds the root one level up.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("fw.repo.dir", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("models-service"))) {
            throw new IllegalStateException("not the project's root folder: " + root + " (system property fw.repo.dir)");
        }
        return root;
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
