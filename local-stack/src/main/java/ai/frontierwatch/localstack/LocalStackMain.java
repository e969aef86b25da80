package ai.frontierwatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Entry point of {@code ./run}: the whole system locally, with sample data and the public catalogue, until Ctrl-C. */
public final class LocalStackMain {

    private static final String HELP = """
            Usage: ./run [options]

            Builds Frontier Watch if needed, starts PostgreSQL and Kafka (embedded, real), the four services,
            loads the sample data (sample-data/) and the public catalogue (catalog-data/: curated benchmarks
            and vendors, Epoch AI, LMArena and LiveBench data) and waits. Loading again changes nothing.
            Ctrl-C stops everything.

            Options:
              --clean            wipe the local data (database and Kafka) before starting
              --import DIR       also ingest every document (.md, .txt) and catalogue file (.csv, .json)
                                 under DIR, e.g. --import ../shared/corpus; may be repeated
              --no-sample-data   do not load the sample data shipped in sample-data/
              --no-catalog       do not load the public catalogue shipped in catalog-data/
              --data DIR         where local data is kept (default: .fw-data)
              --help             this text

            Environment:
              FW_DB_URL          use an existing PostgreSQL server, e.g. jdbc:postgresql://db:5432
                                 (one database per service is created on it); with FW_DB_USER, FW_DB_PASSWORD
              FW_KAFKA_BOOTSTRAP use an existing Kafka, e.g. kafka:9092
              FW_GATEWAY_PORT, FW_MODELS_PORT, FW_ARTICLES_PORT, FW_INSIGHTS_PORT
                                 service ports (default 8080, 8091, 8092, 8093)
              FW_PG_PORT, FW_KAFKA_PORT
                                 ports of the embedded PostgreSQL and Kafka (default 15432, 19092)
            """;

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("fw.repo.dir", ".")).toAbsolutePath().normalize();
        Path data = repo.resolve(".fw-data");
        boolean clean = false;
        boolean sample = true;
        boolean catalog = true;
        List<Path> imports = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    System.out.print(HELP);
                    return;
                }
                case "--clean" -> clean = true;
                case "--no-sample-data" -> sample = false;
                case "--no-catalog" -> catalog = false;
                case "--import" -> imports.add(Path.of(requireValue(args, ++i, "--import")).toAbsolutePath().normalize());
                case "--data" -> data = Path.of(requireValue(args, ++i, "--data")).toAbsolutePath().normalize();
                default -> fail("unknown option " + args[i] + " (see ./run --help)");
            }
        }
        for (Path dir : imports) {
            if (!Files.isDirectory(dir)) {
                fail("--import " + dir + ": no such folder");
            }
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), intEnv(spec.portEnv(), spec.defaultPort()));
        }
        var options = new LocalStack.Options(repo, data, clean, env("FW_DB_URL", null), env("FW_DB_USER", "postgres"),
                env("FW_DB_PASSWORD", ""), env("FW_KAFKA_BOOTSTRAP", null), intEnv("FW_PG_PORT", 15432),
                intEnv("FW_KAFKA_PORT", 19092), ports, List.of("-Xmx512m"));

        System.out.println("Starting Frontier Watch…");
        LocalStack stack = new LocalStack(options, System.out::println);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Frontier Watch…");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "fw-stop"));
        try {
            stack.start();
            FolderImporter importer = new FolderImporter(stack.url(ServiceSpec.MODELS), stack.url(ServiceSpec.ARTICLES));
            if (sample) {
                load(importer, "sample data", repo.resolve("sample-data"));
            }
            if (catalog) {
                load(importer, "public catalogue", repo.resolve("catalog-data"));
            }
            for (Path dir : imports) {
                load(importer, dir.toString(), dir);
            }
        } catch (LocalStack.StartupProblem e) {
            System.err.println("\nCannot start: " + e.getMessage());
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("\nCannot start: " + e.getMessage());
            System.exit(2);
        }
        String gateway = stack.url(ServiceSpec.GATEWAY);
        System.out.println("""

                Frontier Watch is up.
                  GraphQL endpoint   %s/graphql
                  GraphQL UI         %s/q/graphql-ui   (demo partner key: X-API-Key: fw-demo-partner-key)
                  models-service     %s/q/swagger-ui
                  articles-service   %s/q/swagger-ui
                  insights-service   %s/q/swagger-ui
                  Kafka              %s
                  PostgreSQL         %s
                  Logs               %s
                Press Ctrl-C to stop.""".formatted(gateway, gateway, stack.url(ServiceSpec.MODELS),
                stack.url(ServiceSpec.ARTICLES), stack.url(ServiceSpec.INSIGHTS), stack.kafkaBootstrap(),
                stack.dbServerUrl(), data.resolve("logs")));
        while (stopped.getCount() > 0) {
            ServiceProcess dead = stack.firstDead();
            if (dead != null) {
                System.err.println("\n" + dead.spec().name() + " stopped unexpectedly. Last lines of " + dead.log() + ":\n"
                        + dead.tail(25));
                System.exit(3);
            }
            Thread.sleep(1000);
        }
    }

    private static void load(FolderImporter importer, String what, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            System.out.println("  " + what + ": " + folder + " is missing; nothing loaded");
            return;
        }
        long start = System.nanoTime();
        FolderImporter.Report report = importer.importFolder(folder);
        double seconds = (System.nanoTime() - start) / 1e9;
        FolderImporter.CatalogRows rows = report.catalogRows();
        System.out.printf("  loaded %s in %.1f s: %d documents (%d failed), %d catalogue batches (%d failed): "
                        + "%d rows created, %d updated, %d unchanged, %d rejected%n", what, seconds,
                report.documents(), report.documentFailures(), report.catalogBatches(), report.catalogFailures(),
                rows.created(), rows.updated(), rows.unchanged(), rows.rejected());
        report.problems().stream().limit(20).forEach(p -> System.out.println("         ! " + p));
        if (report.problems().size() > 20) {
            System.out.println("         … and " + (report.problems().size() - 20) + " more");
        }
    }

    private static String requireValue(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value (see ./run --help)");
        }
        return args[i];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intEnv(String name, int fallback) {
        String value = env(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " must be a port number, not '" + value + "'");
            return fallback;
        }
    }

    private static void fail(String message) {
        System.err.println("./run: " + message);
        System.exit(64);
    }
}
