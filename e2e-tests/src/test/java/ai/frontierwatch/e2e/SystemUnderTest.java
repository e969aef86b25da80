package ai.frontierwatch.e2e;

import ai.frontierwatch.localstack.LocalStack;
import ai.frontierwatch.localstack.Ports;
import ai.frontierwatch.localstack.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system, started once for all end-to-end tests in this JVM exactly as ./run starts it
 * (same launcher code, same jars), on free ports and a fresh data folder, and stopped at JVM exit.
 */
final class SystemUnderTest {

    private static LocalStack stack;

    private SystemUnderTest() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Path repo = Path.of(System.getProperty("fw.repo.dir", "..")).toAbsolutePath().normalize();
            Path data;
            try {
                data = Files.createTempDirectory("fw-e2e");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                ports.put(spec.name(), Ports.free());
            }
            var options = new LocalStack.Options(repo, data, true, null, "postgres", "", null, Ports.free(),
                    Ports.free(), ports, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"));
            LocalStack started = new LocalStack(options, System.out::println);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteRecursively(data);
            }, "fw-e2e-stop"));
            stack = started.start();
            loadSampleData(repo, started);
        }
        return stack;
    }

    /** The sample data, loaded exactly as ./run loads it; a failure to load fails the tests at once. */
    private static void loadSampleData(Path repo, LocalStack started) {
        try {
            var report = new ai.frontierwatch.localstack.FolderImporter(started.url(ServiceSpec.MODELS),
                    started.url(ServiceSpec.ARTICLES)).importFolder(repo.resolve("sample-data"));
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException("sample data did not load: " + report.problems());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the operating system cleans it eventually
        }
    }
}
