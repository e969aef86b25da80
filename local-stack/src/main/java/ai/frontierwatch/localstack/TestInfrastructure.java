package ai.frontierwatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One PostgreSQL and one Kafka per test JVM, started on first use and stopped when the JVM exits:
 * a module's test classes share them, so they start once per module run.
 */
public final class TestInfrastructure {

    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static Path root;

    private TestInfrastructure() {
    }

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            postgres = new LocalPostgres(root().resolve("pg"), Ports.free()).start();
        }
        return postgres;
    }

    public static synchronized LocalKafka kafka() {
        if (kafka == null) {
            kafka = new LocalKafka(root().resolve("kafka"), Ports.free(), Ports.free()).start();
        }
        return kafka;
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("fw-test-infra");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::shutdown, "fw-test-infra-stop"));
        }
        return root;
    }

    private static synchronized void shutdown() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (RuntimeException ignored) {
            // the JVM is exiting; the folder is removed below
        }
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp folder; best effort
        }
    }
}
