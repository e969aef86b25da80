package ai.frontierwatch.gateway.fetchers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * models-service, insights-service and articles-service on one port, with a fixed tiny catalogue: model {@code m1}
 * (id {@code m-1}) by vendor Acme, one result, one rank and one article naming it ({@code a-1}). Requests to the paths
 * of {@link #gate} wait for each other: each answers only once all of them have arrived (or after
 * {@link #GATE_WAIT_SECONDS}), so a caller that sends them one after another
 * sees them answered one after another, and the maximum of requests in flight stays at 1. Open for the lifetime of
 * the test JVM.
 *
 * <p>A test profile and its test class are loaded by different class loaders, so the test drives the fake over HTTP:
 * {@code POST /_fake/reset?gated=<paths>&failing=<paths>} (comma-separated), {@code POST
 * /_fake/answer?method=<m>&path=<p>&status=<s>} (the request body is what the fake answers to that method and path
 * until the next reset, before the fixed catalogue) and {@code GET /_fake/stats}, which answers
 * {@code {"maxInFlight": n, "seen": [{"method", "path", "query", "body", "traceparent"}]}}.
 */
final class FakeDownstream {

    /** Longer than any sensible wait for sibling requests, shorter than the clients' time bound in the test profile. */
    static final long GATE_WAIT_SECONDS = 8;

    private static FakeDownstream instance;

    private final HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    /** Answers set by a test, by "METHOD path": status and body. */
    private final Map<String, Map.Entry<Integer, String>> scripted = new ConcurrentHashMap<>();
    private volatile Set<String> gated = Set.of();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private FakeDownstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-downstream");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static synchronized FakeDownstream get() {
        if (instance == null) {
            try {
                instance = new FakeDownstream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets what was seen; the gated paths wait for each other from now on, the failing paths answer 503. */
    private synchronized void reset(Set<String> gatedPaths, Set<String> failingPaths) {
        seen.clear();
        maxInFlight.set(0);
        failing.clear();
        failing.addAll(failingPaths);
        scripted.clear();
        gated = Set.copyOf(gatedPaths);
        gate = new CountDownLatch(gatedPaths.size());
    }

    private void control(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/_fake/answer")) {
            Map<String, String> params = new java.util.HashMap<>();
            for (String pair : exchange.getRequestURI().getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv[1]);
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            scripted.put(params.get("method") + " " + params.get("path"),
                    Map.entry(Integer.parseInt(params.get("status")), body));
            respond(exchange, 204, "");
            return;
        }
        if (exchange.getRequestURI().getPath().equals("/_fake/reset")) {
            Map<String, Set<String>> params = new java.util.HashMap<>();
            String query = exchange.getRequestURI().getQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length < 2 || kv[1].isEmpty() ? Set.of() : Set.of(kv[1].split(",")));
            }
            reset(params.getOrDefault("gated", Set.of()), params.getOrDefault("failing", Set.of()));
            respond(exchange, 204, "");
            return;
        }
        var stats = MAPPER.createObjectNode().put("maxInFlight", maxInFlight.get());
        stats.set("seen", MAPPER.valueToTree(List.copyOf(seen)));
        respond(exchange, 200, MAPPER.writeValueAsString(stats));
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().startsWith("/_fake/")) {
            control(exchange);
            return;
        }
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> request = new java.util.HashMap<>();
            request.put("method", exchange.getRequestMethod());
            request.put("path", path);
            request.put("query", exchange.getRequestURI().getRawQuery());
            request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            request.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
            seen.add(request);
            if (gated.contains(path)) {
                CountDownLatch current = gate;
                current.countDown();
                current.await(GATE_WAIT_SECONDS, TimeUnit.SECONDS);
            }
            if (failing.contains(path)) {
                respond(exchange, 503, "{\"title\":\"unavailable\"}");
                return;
            }
            Map.Entry<Integer, String> answer = scripted.get(exchange.getRequestMethod() + " " + path);
            if (answer != null) {
                respond(exchange, answer.getKey(), answer.getValue());
                return;
            }
            String body = "GET".equals(exchange.getRequestMethod()) ? ANSWERS.get(path) : null;
            respond(exchange, body == null ? 404 : 200, body == null ? "{\"title\":\"not found\"}" : body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(exchange, 500, "{}");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 && body.contains("\"detail\"")
                ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final Map<String, String> ANSWERS = Map.of(
            "/api/v1/models/m1", """
                    {"id":"m-1","slug":"m1","name":"Model One","vendorId":"v-1","aliases":[]}""",
            "/api/v1/models/m-1", """
                    {"id":"m-1","slug":"m1","name":"Model One","vendorId":"v-1","aliases":[]}""",
            "/api/v1/vendors", """
                    {"items":[{"id":"v-1","slug":"acme","name":"Acme","aliases":[]}]}""",
            "/api/v1/results", """
                    {"items":[{"id":"r-1","modelId":"m-1","benchmarkId":"b-1","value":71.5,"sources":[]}],
                     "nextCursor":null}""",
            "/api/v1/ranks", """
                    {"items":[{"modelId":"m-1","ranks":[{"benchmarkId":"b-1","rank":2,"entries":9,"value":71.5}]}]}""",
            "/api/v1/mentions", """
                    {"items":[{"entityId":"m-1","articles":[{"entityId":"m-1","articleId":"a-1","title":"One","mentions":2}]}]}""",
            "/api/v1/articles", """
                    {"items":[{"id":"a-1","title":"Article One","language":"en","bodyMarkdown":"Model One leads.",
                     "tags":[],"keyPoints":[],"tables":[]}]}""");
}
