package ai.frontierwatch.insights.bench;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.repository.ResultStore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Load benchmark (not part of the build: excluded in the module's surefire configuration; run with
 * bench/insights/run.sh). Real Kafka and PostgreSQL from local-stack, the service in-process, HTTP over loopback.
 * Measures: (1) catalogue result events applied per second; (2) leaderboard, head-to-head and ranks query
 * latency with >= 100k results on record; (3) event-to-insight lag while articles are published at a fixed rate.
 */
@QuarkusTest
class InsightsLoadBenchmark {

    private static final int MODELS = 200;
    /** Models that only make the catalogue large (4 names each): name matching at catalogue scale. */
    private static final int EXTRA_MODELS = Integer.getInteger("fw.bench.extra-models", 0);
    private static final int BENCHMARKS = 50;
    private static final int RESULTS_PER_PAIR = 10;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ResultStore results;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int articleRate = Integer.getInteger("fw.bench.article-rate", 200);
        int articleSeconds = Integer.getInteger("fw.bench.article-seconds", 15);
        int articleWarmUp = Integer.getInteger("fw.bench.article-warmup", 3000);
        // Parts to run (all by default): events, queries, articles. Queries and articles run with the 100k results.
        List<String> parts = List.of(System.getProperty("fw.bench.parts", "events,queries,articles").split(","));
        line("insights-service benchmark %s, %d cores, JVM %s", OffsetDateTime.now(ZoneOffset.UTC).withNano(0),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line("load average at the start: %s; derivation threads: %s", loadAverage(),
                System.getenv().getOrDefault("FW_ARTICLE_DERIVATION_THREADS", "default"));
        try (EventPublisher publisher = new EventPublisher()) {
            publishCatalogue(publisher);
            if (parts.contains("events")) {
                resultEventThroughput(publisher, 5_000);
            }
            if (parts.contains("queries") || parts.contains("articles")) {
                loadResultsDirectly();
            }
            if (parts.contains("queries")) {
                queryLatency();
            }
            if (parts.contains("articles")) {
                if (articleWarmUp > 0) {
                    warmUp(publisher, articleWarmUp);
                }
                articleLag(publisher, articleRate, articleSeconds);
            }
        }
        line("load average at the end: %s", loadAverage());
        Path out = Path.of(System.getProperty("fw.bench.out", "target/insights-bench.txt"));
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * CPU time used so far by this JVM (service, broker and client) and by the PostgreSQL server it uses (the
     * postmaster and its backends, found by port under /proc), in seconds: what a phase cost, whatever else runs on
     * the machine. PostgreSQL is 0 where /proc is not readable.
     */
    private static double[] cpuSeconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        double pg = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            String port = "-p " + ai.frontierwatch.localstack.TestInfrastructure.postgres().port() + " ";
            Map<Long, long[]> stats = new java.util.HashMap<>(); // pid -> {ppid, ticks}
            long postmaster = -1;
            for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(dir.getFileName().toString());
                    stats.put(pid, new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])
                            + Long.parseLong(f[13]) + Long.parseLong(f[14])});
                    String cmd = Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("postgres -D") && cmd.contains(port)) {
                        postmaster = pid;
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
            long ticks = 0;
            for (var e : stats.entrySet()) {
                if (e.getKey() == postmaster || e.getValue()[0] == postmaster) {
                    ticks += e.getValue()[1];
                }
            }
            pg = postmaster < 0 ? 0 : ticks / 100.0; // USER_HZ
        } catch (java.io.IOException e) {
            pg = 0;
        }
        return new double[] {jvm, pg};
    }

    /** CPU per item between two {@link #cpuSeconds} readings, in milliseconds. */
    private static String cpuPer(double[] before, double[] after, int items) {
        return String.format(Locale.ROOT, "CPU per article: JVM %.2f ms, PostgreSQL %.2f ms",
                1000 * (after[0] - before[0]) / items, 1000 * (after[1] - before[1]) / items);
    }

    /** The machine's load average over 1, 5 and 15 minutes (the benchmark shares the machine with whatever runs). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String modelId(int i) {
        return "bm-model-" + i;
    }

    private static String benchmarkId(int j) {
        return "bm-bench-" + j;
    }

    private void publishCatalogue(EventPublisher publisher) throws Exception {
        long start = System.nanoTime();
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < MODELS; i++) {
            events.add(publisher.envelope(EventType.MODEL_UPSERTED, modelId(i), 1, new ModelState(modelId(i),
                    "bm-model-" + i, "Benchmodel-" + i, null, null, List.of("BM " + i), null, "TEXT", null, false)));
        }
        for (int j = 0; j < BENCHMARKS; j++) {
            events.add(publisher.envelope(EventType.BENCHMARK_UPSERTED, benchmarkId(j), 1, new BenchmarkState(benchmarkId(j),
                    "bm-bench-" + j, "Benchsuite-" + j, List.of(), "REASONING", "PERCENT", true, 0.0, 100.0)));
        }
        for (int i = 0; i < EXTRA_MODELS; i++) {
            String name = extraModelName(i);
            events.add(publisher.envelope(EventType.MODEL_UPSERTED, "bm-xmodel-" + i, 1, new ModelState("bm-xmodel-" + i,
                    "bm-xmodel-" + i, name, null, null, List.of(name.replace("Qwen", "千问"),
                            name.replace("Qwen", "Tongyi Qwen"), "QW" + i), null, "TEXT", null, false)));
        }
        publisher.sendAll(events);
        awaitSql("SELECT count(*) FROM catalog_entity WHERE id LIKE 'bm-xmodel-%'", EXTRA_MODELS, Duration.ofMinutes(5));
        awaitSql("SELECT count(*) FROM catalog_entity WHERE id LIKE 'bm-bench-%'", BENCHMARKS, Duration.ofMinutes(2));
        awaitSql("SELECT count(*) FROM catalog_entity WHERE id LIKE 'bm-model-%'", MODELS, Duration.ofMinutes(2));
        line("catalogue: %d models (%d of them with four names each), %d benchmarks; %d events applied in %.1f s",
                MODELS + EXTRA_MODELS, EXTRA_MODELS, BENCHMARKS, events.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Result events through Kafka and the consumer: applied per second. */
    private void resultEventThroughput(EventPublisher publisher, int count) throws Exception {
        Random random = new Random(1);
        double[] cpu = cpuSeconds();
        long start = System.nanoTime();
        for (int k = 0; k < count; k++) {
            String id = "bm-ev-result-" + k;
            publisher.sendAsync(publisher.envelope(EventType.BENCHMARK_RESULT_UPSERTED, id, 1, new BenchmarkResultState(id,
                    modelId(random.nextInt(MODELS)), benchmarkId(random.nextInt(BENCHMARKS)), 100 * random.nextDouble(),
                    null, null, null, "event-load", LocalDate.of(2025, 1, 1).plusDays(k % 365), false, List.of())));
        }
        publisher.flush();
        awaitSql("SELECT count(*) FROM benchmark_result WHERE id LIKE 'bm-ev-result-%'", count, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        line("result events: %d applied in %.1f s = %.0f events/s (publish + consume + project, one consumer); %s",
                count, seconds, count / seconds, cpuPer(cpu, cpuSeconds(), count).replace("article", "event"));
    }

    /**
     * 100k results written straight into the result projection (the table the consumer fills), so that query
     * latency can be measured at that size without waiting for 100k events; event throughput is measured above.
     * The best results per model ({@code result_best}) are then refreshed per benchmark, as a benchmark event does.
     */
    private void loadResultsDirectly() throws Exception {
        Random random = new Random(2);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO benchmark_result (id, model_id, benchmark_id, value, stderr, conditions, measured_on, sources, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 1) ON CONFLICT (id) DO NOTHING""")) {
            c.setAutoCommit(false);
            int n = 0;
            for (int i = 0; i < MODELS; i++) {
                for (int j = 0; j < BENCHMARKS; j++) {
                    for (int k = 0; k < RESULTS_PER_PAIR; k++) {
                        insert.setString(1, "bm-result-" + i + "-" + j + "-" + k);
                        insert.setString(2, modelId(i));
                        insert.setString(3, benchmarkId(j));
                        insert.setDouble(4, Math.round(1000 * random.nextDouble() * 100) / 1000.0);
                        insert.setObject(5, k % 3 == 0 ? 0.5 + random.nextDouble() : null);
                        insert.setString(6, k % 2 == 0 ? "" : "no-tools");
                        insert.setObject(7, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)));
                        insert.setString(8, "[{\"url\":\"https://example.com/r\",\"quote\":\"score\",\"reportedBy\":\"FIRST_PARTY\"}]");
                        insert.addBatch();
                        if (++n % 5000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
        for (int j = 0; j < BENCHMARKS; j++) {
            String benchmark = benchmarkId(j);
            QuarkusTransaction.requiringNew().run(() -> results.refreshBest(benchmark));
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("ANALYZE benchmark_result");
            s.execute("ANALYZE result_best");
            var rs = s.executeQuery("SELECT count(*) FROM benchmark_result WHERE NOT deleted");
            rs.next();
            line("results on record: %d (%d models x %d benchmarks x %d, half with conditions no-tools, a third with stderr)",
                    rs.getLong(1), MODELS, BENCHMARKS, RESULTS_PER_PAIR);
        }
    }

    private void queryLatency() throws Exception {
        Random random = new Random(3);
        measure("GET /api/v1/leaderboards/{id} (2000 results per benchmark)", 2000,
                () -> "/api/v1/leaderboards/" + benchmarkId(random.nextInt(BENCHMARKS)));
        measure("GET /api/v1/leaderboards/{id}?asOf=2024-12-31", 2000,
                () -> "/api/v1/leaderboards/" + benchmarkId(random.nextInt(BENCHMARKS)) + "?asOf=2024-12-31");
        measure("GET /api/v1/leaderboards?benchmarkIds=5 ids", 1000, () -> "/api/v1/leaderboards?benchmarkIds="
                + IntStream.range(0, 5).mapToObj(k -> benchmarkId(random.nextInt(BENCHMARKS))).distinct().collect(Collectors.joining(",")));
        measure("GET /api/v1/comparisons?modelIds=a,b (500 results each, 50 shared benchmarks)", 2000,
                () -> "/api/v1/comparisons?modelIds=" + modelId(random.nextInt(100)) + "," + modelId(100 + random.nextInt(100)));
        measure("GET /api/v1/comparisons?modelIds=a,b,c", 1000, () -> "/api/v1/comparisons?modelIds=" + modelId(random.nextInt(66))
                + "," + modelId(66 + random.nextInt(66)) + "," + modelId(132 + random.nextInt(66)));
        measure("GET /api/v1/leaderboards/{id}/history", 1000,
                () -> "/api/v1/leaderboards/" + benchmarkId(random.nextInt(BENCHMARKS)) + "/history");
        // The boards above are mostly answered from the cache of serialized boards (50 benchmarks); here every
        // request follows a change of its benchmark's results (its board revision bumped, untimed), so none is.
        measure("GET /api/v1/leaderboards/{id} right after its results changed (cache miss)", 1000,
                () -> "/api/v1/leaderboards/" + benchmarkId(random.nextInt(BENCHMARKS)),
                path -> touchBoard(path.substring(path.lastIndexOf('/') + 1)));
        measure("GET /api/v1/ranks?modelIds=a (ranks on 50 benchmarks = all 100k results)", 30,
                () -> "/api/v1/ranks?modelIds=" + modelId(random.nextInt(MODELS)));
    }

    private void measure(String name, int requests, java.util.function.Supplier<String> path) throws Exception {
        measure(name, requests, path, p -> {
        });
    }

    /** As above; {@code before} runs (untimed) before each request, with its path. */
    private void measure(String name, int requests, java.util.function.Supplier<String> path,
            java.util.function.Consumer<String> before) throws Exception {
        for (int i = 0; i < Math.min(200, requests); i++) {
            String p = path.get();
            before.accept(p);
            get(p);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            String p = path.get();
            before.accept(p);
            long t = System.nanoTime();
            get(p);
            nanos[i] = System.nanoTime() - t;
        }
        line("%-80s n=%5d %s", name, requests, percentiles(nanos));
    }

    /** A new board revision for the benchmark, as the consumer gives it with a change of its results. */
    private void touchBoard(String benchmarkId) {
        QuarkusTransaction.requiringNew().run(() -> results.touchBoards(List.of(benchmarkId)));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50=%6.2f ms  p95=%6.2f ms  p99=%6.2f ms  max=%7.2f ms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** "Qwen17.3-4B": a model name of the large catalogue, written as model names are. */
    private static String extraModelName(int i) {
        return "Qwen" + (i % 100) + "." + (i / 100) + "-" + (1 + i % 7) + "B";
    }

    /** About 400 characters of Chinese prose naming two models and a benchmark score, a price and a URL. */
    private static ArticleState article(String id, int k, Random random) {
        int m = random.nextInt(MODELS);
        int o = random.nextInt(MODELS);
        String text = "Benchmodel-" + m + " 在 Benchsuite-" + random.nextInt(BENCHMARKS) + " 上拿下了 "
                + (50 + random.nextInt(50)) + "." + random.nextInt(10) + "% 的成绩，领先 BM " + o + "。\n\n"
                + "报道称，该模型的价格为每百万 token 2 美元，详情见 https://example.com/bm/" + k + " 。"
                + (EXTRA_MODELS > 0 ? "对比 " + extraModelName(random.nextInt(EXTRA_MODELS)).replace("-", " ") + " 与 Llama-"
                        + (k % 90) + "." + (k % 7) + "-70B。" : "")
                + "这是一段用于填充正文长度的文字，描述发布会的背景、参与者与市场反应。".repeat(8);
        return new ArticleState(id, "Benchmodel-" + m + " 新成绩", "https://example.com/a/" + k, "Bench",
                OffsetDateTime.now(ZoneOffset.UTC), "zh-Hans", null, List.of(), text, List.of(), "h" + k);
    }

    /**
     * Articles published as fast as the producer sends them, before the lag is measured: a long-running service
     * has compiled its derivation path long before, and the JIT compiling it during the measured seconds took a
     * third of a core. Reports the rate they were derived at with a backlog: the derivation's capacity.
     */
    private void warmUp(EventPublisher publisher, int count) throws Exception {
        Random random = new Random(5);
        double[] cpu = cpuSeconds();
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ids.add("bm-warm-" + start + "-" + k);
            publisher.sendAsync(publisher.article(article(ids.get(k), k, random), 1));
        }
        publisher.flush();
        // Asked for as the measured part asks (the oldest 200 outstanding), every 50 ms: the mentions API warms up too,
        // without the polls of a 3000-article backlog weighing on the derivation whose capacity is measured.
        // A short request first: the client's first request on a connection upgrades it to HTTP/2 over HTTP/1.1,
        // whose request line the server limits to 4 KiB (200 ids need more).
        get("/api/v1/mentions?articleIds=" + ids.get(0));
        java.util.Set<String> visible = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        for (int first = 0; first < count; ) {
            List<String> outstanding = ids.subList(first, count).stream().filter(id -> !visible.contains(id)).limit(200)
                    .toList();
            for (var item : EventCodec.mapper().readTree(get("/api/v1/mentions?articleIds=" + String.join(",", outstanding)))) {
                if (!item.path("mentions").isEmpty()) {
                    visible.add(item.path("articleId").asText());
                }
            }
            while (first < count && visible.contains(ids.get(first))) {
                first++;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("warm-up articles not derived after 10 minutes");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("warm-up: %d articles published at once, all derived after %.1f s = %.0f articles/s (capacity with a backlog); %s",
                count, seconds, count / seconds, cpuPer(cpu, cpuSeconds(), count));
        // The claim conflicts they announced are relayed to Kafka before the measured part starts.
        awaitZero("SELECT count(*) FROM outbox_event", Duration.ofMinutes(5));
    }

    /**
     * Articles published at a fixed rate; a poller asks the mentions API (the oldest 200 outstanding ids, every
     * 5 ms) and records when each article's mentions first become visible. Lag = visible - sent. (Oldest first:
     * with more than 200 outstanding, a window in any other order would see some derived articles late.)
     */
    private void articleLag(EventPublisher publisher, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> visible = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        String[] order = new String[total];
        java.util.concurrent.atomic.AtomicInteger sentCount = new java.util.concurrent.atomic.AtomicInteger();
        int[] firstOutstanding = {0};
        Thread poller = Thread.ofPlatform().start(() -> {
            while (!done.get() || visible.size() < sent.size()) {
                // The oldest 200 articles not yet visible, in the order they were sent.
                List<String> outstanding = new ArrayList<>();
                for (int i = firstOutstanding[0], n = sentCount.get(); i < n && outstanding.size() < 200; i++) {
                    if (!visible.containsKey(order[i])) {
                        outstanding.add(order[i]);
                    } else if (i == firstOutstanding[0]) {
                        firstOutstanding[0]++;
                    }
                }
                if (!outstanding.isEmpty()) {
                    try {
                        String body = get("/api/v1/mentions?articleIds=" + String.join(",", outstanding));
                        long now = System.nanoTime();
                        // Read with Jackson: the client shares the service's 2 cores, and a Groovy-based JSON
                        // reader cost it about half as much CPU as derivation itself.
                        for (var item : EventCodec.mapper().readTree(body)) {
                            if (!item.path("mentions").isEmpty()) {
                                visible.putIfAbsent(item.path("articleId").asText(), now);
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        });
        Random random = new Random(4);
        double[] cpu = cpuSeconds();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int k = 0; k < total; k++) {
            long due = start + k * interval;
            while (System.nanoTime() < due) {
                java.util.concurrent.locks.LockSupport.parkNanos(Math.max(1, due - System.nanoTime()));
            }
            String id = "bm-article-" + start + "-" + k;
            ArticleState article = article(id, k, random);
            sent.put(id, System.nanoTime());
            order[k] = id;
            sentCount.set(k + 1);
            publisher.sendAsync(publisher.article(article, 1));
        }
        publisher.flush();
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        poller.join(Duration.ofMinutes(10));
        double allSeconds = (System.nanoTime() - start) / 1e9;
        String cpuUsed = cpuPer(cpu, cpuSeconds(), total);
        long[] lags = sent.entrySet().stream().mapToLong(e -> visible.get(e.getKey()) - e.getValue()).toArray();
        line("articles: %d published at %d/s target (%.1f/s achieved over %.1f s); all visible after %.1f s = %.0f articles/s",
                total, rate, total / publishSeconds, publishSeconds, allSeconds, total / allSeconds);
        line("  %s (service, broker, client and poller together)", cpuUsed);
        line("%-80s n=%5d %s", "event-to-insight lag (send -> mentions visible via API)", total, percentiles(lags));
        // Where the lag builds up: the largest lag of the articles sent in each second of the run.
        long[] worst = new long[seconds + 1];
        sent.forEach((id, at) -> {
            int second = (int) Math.min(seconds, (at - start) / 1_000_000_000L);
            worst[second] = Math.max(worst[second], visible.get(id) - at);
        });
        line("largest lag of the articles sent in each second (s): %s", Arrays.stream(worst)
                .mapToObj(n -> String.format(Locale.ROOT, "%.1f", n / 1e9)).collect(Collectors.joining(" ")));
    }

    private void awaitZero(String sql, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + sql + " to be 0");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
    }

    private void awaitSql(String sql, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getLong(1) >= expected) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + sql);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
    }
}
