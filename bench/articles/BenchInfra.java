import ai.frontierwatch.localstack.LocalKafka;
import ai.frontierwatch.localstack.LocalPostgres;
import java.nio.file.Path;

/** Starts local-stack's PostgreSQL and Kafka for the benchmark; stops them when stdin closes. */
public class BenchInfra {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int pgPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        String database = args[3];
        try (LocalPostgres pg = new LocalPostgres(dir.resolve("pg"), pgPort).start();
                LocalKafka kafka = new LocalKafka(dir.resolve("kafka"), kafkaPort, kafkaPort + 1).start()) {
            pg.ensureDatabase(database);
            System.out.println("READY " + pg.jdbcUrl(database) + " " + kafka.bootstrapServers());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close stdin
            }
        }
    }
}
