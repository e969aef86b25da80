package ai.frontierwatch.articles.parsing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real articles in the shared folder next to the repository; tests that use them skip without it. */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path dir() {
        String shared = System.getProperty("fw.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus),
                "Shared corpus not found (system property fw.shared.dir=" + shared + "): test skipped");
        return corpus;
    }

    /** The one file of the corpus whose name starts with the prefix. */
    public static Path file(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no corpus file " + prefix + "*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Markdown and text file under corpus/ext, sorted by path. */
    public static List<Path> ext() {
        Path ext = dir().resolve("ext");
        assumeTrue(Files.isDirectory(ext), "Shared corpus/ext not found: test skipped");
        try (Stream<Path> files = Files.walk(ext)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
