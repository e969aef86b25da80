package ai.frontierwatch.insights.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in HTTP endpoint at the models-service URL that records what the client sends and answers 201 with
 * a new result id (or, once, a status set through POST /_next-status). Tests read the recorded bodies with
 * GET /_requests. It is not models-service: it only lets tests check the client's request mapping.
 */
public class RecordingModelsServer implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private volatile int nextStatus;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/results", this::record);
        server.createContext("/_requests", ex -> {
            synchronized (requests) {
                respond(ex, 200, "[" + String.join(",", requests) + "]");
            }
        });
        server.createContext("/_next-status", ex -> {
            nextStatus = Integer.parseInt(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip());
            respond(ex, 204, null);
        });
        server.start();
        return Map.of("quarkus.rest-client.models.url", url(), "fw.test.models-recorder.url", url());
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void record(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(body);
        }
        int status = nextStatus;
        nextStatus = 0;
        if (status != 0) {
            respond(ex, status, "{\"title\":\"test answer\"}");
        } else {
            respond(ex, 201, "{\"id\":\"" + UUID.randomUUID() + "\"}");
        }
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
