import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on one page: either its GraphQL query through the gateway, or the same downstream REST calls
 * the gateway makes for it, issued directly, level by level, the calls of one level in parallel (the critical
 * path an ideal client would wait for). Every response is checked: HTTP 200 and, for GraphQL, no "errors".
 *
 * java PageLoad.java gateway URL QUERY_FILE VARIABLES_JSON USERS SECONDS WARMUP_SECONDS
 * java PageLoad.java direct LEVELS_FILE USERS SECONDS WARMUP_SECONDS   (LEVELS_FILE: one level per line, URLs separated by spaces)
 */
public class PageLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();

    interface Page {
        void load() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Page page;
        int next;
        if (args[0].equals("gateway")) {
            String url = args[1];
            String query = Files.readString(Path.of(args[2]));
            String body = "{\"query\":" + quote(query) + ",\"variables\":" + args[3] + "}";
            page = () -> graphql(url, body);
            next = 4;
        } else {
            List<List<String>> levels = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    levels.add(Arrays.asList(line.trim().split("\\s+")));
                }
            }
            page = () -> direct(levels);
            next = 2;
        }
        int users = Integer.parseInt(args[next]);
        int seconds = Integer.parseInt(args[next + 1]);
        int warmup = Integer.parseInt(args[next + 2]);
        run(page, users, warmup, null);
        Recorder recorder = new Recorder();
        long elapsed = run(page, users, seconds, recorder);
        recorder.print(elapsed);
    }

    static void graphql(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static void direct(List<List<String>> levels) throws Exception {
        for (List<String> level : levels) {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (String url : level) {
                calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (var call : calls) {
                HttpResponse<String> response = call.get();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.uri() + " " + response.body());
                }
            }
        }
    }

    static long run(Page page, int users, int seconds, Recorder recorder) throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        page.load();
                        if (recorder != null) {
                            recorder.ok(System.nanoTime() - t0);
                        }
                    } catch (Exception e) {
                        if (recorder != null) {
                            recorder.failed(e);
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return System.nanoTime() - start;
    }

    static final class Recorder {
        private final List<Long> latencies = new ArrayList<>();
        private final AtomicLong failures = new AtomicLong();
        private volatile String firstFailure;

        synchronized void ok(long nanos) {
            latencies.add(nanos);
        }

        void failed(Exception e) {
            if (failures.getAndIncrement() == 0) {
                firstFailure = String.valueOf(e.getMessage());
            }
        }

        synchronized void print(long elapsedNanos) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double seconds = elapsedNanos / 1e9;
            System.out.printf("requests=%d failures=%d throughput=%.1f/s mean=%.2fms p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                    sorted.length, failures.get(), sorted.length / seconds,
                    Arrays.stream(sorted).average().orElse(0) / 1e6, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
            if (firstFailure != null) {
                System.out.println("first failure: " + firstFailure.substring(0, Math.min(300, firstFailure.length())));
            }
        }

        private static double pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
