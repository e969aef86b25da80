package ai.frontierwatch.localstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong configuration stops the start with one sentence that names the problem, before anything runs. */
class LocalStackStartupProblemsTest {

    @TempDir
    Path data;

    @Test
    void aTakenPortIsNamedWithTheServiceAndTheVariableToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            Map<String, Integer> ports = freePorts();
            ports.put("gateway", taken.getLocalPort());

            assertThatThrownBy(() -> new LocalStack(options(ports, null, null), line -> { }).start())
                    .isInstanceOf(LocalStack.StartupProblem.class)
                    .hasMessage("Already in use: port " + taken.getLocalPort()
                            + " (gateway, set FW_GATEWAY_PORT). Stop what holds them or choose other ports.");
        }
    }

    @Test
    void anUnreachableDatabaseIsNamed() {
        int nobodyListens = Ports.free();
        String url = "jdbc:postgresql://127.0.0.1:" + nobodyListens;

        assertThatThrownBy(() -> new LocalStack(options(freePorts(), url, null), line -> { }).start())
                .isInstanceOf(LocalStack.StartupProblem.class)
                .hasMessageStartingWith("PostgreSQL is not reachable at " + url + " (FW_DB_URL): ");
    }

    @Test
    void anUnreachableKafkaIsNamed() {
        String bootstrap = "127.0.0.1:" + Ports.free();

        assertThatThrownBy(() -> new LocalStack(options(freePorts(), null, bootstrap), line -> { }).start())
                .isInstanceOf(LocalStack.StartupProblem.class)
                .hasMessage("Kafka is not reachable at " + bootstrap + " (FW_KAFKA_BOOTSTRAP)");
    }

    private LocalStack.Options options(Map<String, Integer> ports, String dbUrl, String kafka) {
        return new LocalStack.Options(data, data.resolve("fw-data"), false, dbUrl, "postgres", "", kafka, Ports.free(),
                Ports.free(), ports, List.of());
    }

    private static Map<String, Integer> freePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec.name(), Ports.free());
        }
        return ports;
    }
}
