package ai.frontierwatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * The whole system on one machine: PostgreSQL, Kafka and the four services, started in that order and
 * stopped in reverse. Used by {@code ./run} and by the end-to-end tests, so both run the same thing.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * How to run.
     *
     * @param externalDbUrl     server URL (jdbc:postgresql://host:port) of an existing PostgreSQL, or null
     * @param externalKafka     bootstrap servers of an existing Kafka, or null
     * @param ports             port per service name
     */
    public record Options(Path repoDir, Path dataDir, boolean clean, String externalDbUrl, String dbUser,
            String dbPassword, String externalKafka, int postgresPort, int kafkaPort, Map<String, Integer> ports,
            List<String> jvmOptions) {
    }

    private final Options options;
    private final Consumer<String> out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private String dbServerUrl;
    private String kafkaBootstrap;

    public LocalStack(Options options, Consumer<String> out) {
        this.options = options;
        this.out = out;
    }

    public LocalStack start() {
        preflightPorts();
        if (options.clean()) {
            wipe(options.dataDir());
        }
        if (options.externalKafka() != null) {
            startKafka();
        }
        startPostgres();
        if (options.externalKafka() == null) {
            startKafka();
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (spec.database() != null) {
                LocalPostgres.ensureDatabase(dbServerUrl, options.dbUser(), options.dbPassword(), spec.database());
            }
        }
        Path logDir = options.dataDir().resolve("logs");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            services.add(ServiceProcess.start(spec, spec.runnableJar(options.repoDir()), port(spec), env(spec), logDir,
                    options.jvmOptions()));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
            out.accept("  ready  " + service.spec().name() + " on " + service.baseUrl());
        }
        return this;
    }

    public String url(ServiceSpec spec) {
        return "http://localhost:" + port(spec);
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String dbServerUrl() {
        return dbServerUrl;
    }

    public LocalKafka embeddedKafka() {
        return kafka;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The first service process that has died, if any. */
    public ServiceProcess firstDead() {
        return services.stream().filter(s -> !s.alive()).findFirst().orElse(null);
    }

    private int port(ServiceSpec spec) {
        return options.ports().getOrDefault(spec.name(), spec.defaultPort());
    }

    private Map<String, String> env(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        // The "local" profile adds what only a local run may have: a database without password, the gateway's demo
        // partner key; production settings without it stop the start when one is missing.
        env.put("QUARKUS_PROFILE", "prod,local");
        if (spec.database() != null) {
            env.put("DB_URL", dbServerUrl + "/" + spec.database());
            env.put("DB_USER", options.dbUser());
            env.put("DB_PASSWORD", options.dbPassword());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        }
        if (spec == ServiceSpec.GATEWAY || spec == ServiceSpec.INSIGHTS) {
            env.put("MODELS_SERVICE_URL", url(ServiceSpec.MODELS));
        }
        if (spec == ServiceSpec.GATEWAY) {
            // The explicit switch trusts the development editor key (no profile does).
            env.put("FW_DEV_CREDENTIALS", "true");
            env.put("ARTICLES_SERVICE_URL", url(ServiceSpec.ARTICLES));
            env.put("INSIGHTS_SERVICE_URL", url(ServiceSpec.INSIGHTS));
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        }
        return env;
    }

    private void preflightPorts() {
        List<String> taken = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!Ports.isFree(port(spec))) {
                taken.add("port " + port(spec) + " (" + spec.name() + ", set " + spec.portEnv() + ")");
            }
        }
        if (options.externalDbUrl() == null && !Ports.isFree(options.postgresPort())) {
            taken.add("port " + options.postgresPort() + " (PostgreSQL, set FW_PG_PORT)");
        }
        if (options.externalKafka() == null && !Ports.isFree(options.kafkaPort())) {
            taken.add("port " + options.kafkaPort() + " (Kafka, set FW_KAFKA_PORT)");
        }
        if (!taken.isEmpty()) {
            throw new StartupProblem("Already in use: " + String.join("; ", taken)
                    + ". Stop what holds them or choose other ports.");
        }
    }

    private void startPostgres() {
        if (options.externalDbUrl() != null) {
            dbServerUrl = options.externalDbUrl().replaceAll("/+$", "");
            try (Connection ignored = DriverManager.getConnection(dbServerUrl + "/postgres", options.dbUser(),
                    options.dbPassword())) {
                out.accept("  using  PostgreSQL at " + dbServerUrl);
            } catch (SQLException e) {
                throw new StartupProblem("PostgreSQL is not reachable at " + dbServerUrl + " (FW_DB_URL): " + e.getMessage());
            }
            return;
        }
        try {
            postgres = new LocalPostgres(options.dataDir().resolve("postgres"), options.postgresPort()).start();
        } catch (RuntimeException e) {
            throw new StartupProblem(e.getMessage());
        }
        dbServerUrl = postgres.serverUrl();
        out.accept("  ready  PostgreSQL on " + dbServerUrl + " (data in " + options.dataDir().resolve("postgres") + ")");
    }

    private void startKafka() {
        if (options.externalKafka() != null) {
            kafkaBootstrap = options.externalKafka();
            Properties props = new Properties();
            props.put("bootstrap.servers", kafkaBootstrap);
            props.put("request.timeout.ms", "5000");
            props.put("default.api.timeout.ms", "8000");
            try (Admin admin = Admin.create(props)) {
                admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                out.accept("  using  Kafka at " + kafkaBootstrap);
            } catch (Exception e) {
                throw new StartupProblem("Kafka is not reachable at " + kafkaBootstrap + " (FW_KAFKA_BOOTSTRAP)");
            }
            return;
        }
        kafka = new LocalKafka(options.dataDir().resolve("kafka"), options.kafkaPort(), Ports.free()).start();
        kafkaBootstrap = kafka.bootstrapServers();
        out.accept("  ready  Kafka on " + kafkaBootstrap);
    }

    /** Stops the services, then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StartupProblem("Cannot wipe " + dir + ": " + e.getMessage());
        }
    }

    /** A startup failure whose message says all a user needs; printed without a stack trace. */
    public static final class StartupProblem extends RuntimeException {
        public StartupProblem(String message) {
            super(message);
        }
    }
}
