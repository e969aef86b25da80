package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated hostile requests against the whole system (seeded, so a failure repeats): bad arguments and
 * variables of every kind, documents built to be deep, wide or cyclic, requests that are not GraphQL at all, and
 * editors' writes, ordinary, repeated and built to make a text reader backtrack, and operations sent over a WebSocket. Throughout, a frontend's model page is
 * asked for between the cases. What must hold:
 * <ul>
 * <li>no answer is a 5xx;</li>
 * <li>every error carries one of the codes the guide documents, and no message names a Java class or exception;</li>
 * <li>the model page answers, complete (no breaker opened by anyone's bad input), within 1 s every time;</li>
 * <li>every write the API acknowledged is stored exactly once: its article exists, a search for the word only it holds
 * finds it alone, and sending it again answers UNCHANGED with the same id.</li>
 * </ul>
 */
class FuzzIT {

    private static final long SEED = 20_261_205L;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** A package-qualified class name, an exception's or error's name, or a stack frame. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|io|org|com|ai|graphql|sun)\\.[a-z]\\w*\\.|\\w+(?:Exception|Error)\\b|\\bat [a-z]\\w*\\.");
    private static final String PAGE_QUERY_SLUG = "gpt-5-2";

    private final Random random = new Random(SEED);
    private final List<String> problems = new ArrayList<>();
    private final List<Long> pageMillis = new ArrayList<>();
    /** Acknowledged writes: the unique word of each document, with the article id the API gave. */
    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    private final Map<String, String> documents = new LinkedHashMap<>();
    private String gateway;
    private String token;
    private String page;
    private Set<String> documentedCodes;
    private int cases;
    private final Map<String, Integer> codes = new java.util.TreeMap<>();

    @Test
    void hundredsOfHostileRequestsAreAnsweredTypedWhileThePagesStayFastAndEveryAcknowledgedWriteIsStoredOnce()
            throws Exception {
        gateway = SystemUnderTest.get().url(ServiceSpec.GATEWAY);
        Path repo = Path.of(System.getProperty("fw.repo.dir", "..")).toAbsolutePath().normalize();
        token = Files.readString(repo.resolve("gateway/docs/dev-editor.jwt")).strip();
        page = GraphQL.page("model-page");
        documentedCodes = documentedCodes(Files.readString(repo.resolve("gateway/docs/GUIDE.md")));
        assertThat(documentedCodes).contains("BAD_USER_INPUT", "OUTCOME_UNKNOWN", "INTERNAL_SERVER_ERROR");
        // the page as a frontend first loads it; what it costs cold is not what the rule is about
        for (int i = 0; i < 3; i++) {
            pageQuery(false);
        }

        List<Runnable> all = new ArrayList<>();
        argumentCases(all);
        documentCases(all);
        httpCases(all);
        writeCases(all);
        webSocketCases(all);
        java.util.Collections.shuffle(all, random);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).run();
            if (i % 8 == 7) {
                pageQuery(true);
            }
        }
        pageQuery(true);
        if (socket != null) {
            socket.close();
        }
        // what the guide tells a client unsure of a write to do: send it again; it is stored once
        List<String> words = List.copyOf(documents.keySet());
        for (int i = 0; i < words.size(); i += 3) {
            ingest("write again " + words.get(i), words.get(i), documents.get(words.get(i)));
        }
        checkAcknowledgedWrites();

        System.out.printf("FuzzIT: %d cases, answers by code %s, %d writes acknowledged, model page %d times, slowest %d ms%n",
                cases, codes, acknowledged.size(), pageMillis.size(), pageMillis.stream().mapToLong(Long::longValue).max()
                        .orElse(-1));
        assertThat(cases).isGreaterThanOrEqualTo(300);
        assertThat(problems).as("%d cases", cases).isEmpty();
        assertThat(pageMillis).hasSizeGreaterThan(35);
        assertThat(pageMillis.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("slowest model page in ms, of %s", pageMillis).isLessThan(1_000);
        assertThat(acknowledged).hasSizeGreaterThan(40);
    }

    // ---- the cases ----

    /** Strings a client may send where an id, slug, name or search is expected. */
    private List<String> hostileStrings() {
        List<String> out = new ArrayList<>(List.of("", " ", "\u0000", "a\u0000b", "\u0007bell", "line\nbreak",
                "\uD800", "x\uDC00y", "\u202Eevil", "\u200B", "\uFEFF", "' OR 1=1 --", "\"; DROP TABLE model; --",
                "../../etc/passwd", "%00", "%s%s%s%n", "<script>alert(1)</script>", "{\"$gt\": \"\"}", "${jndi:ldap://x/a}",
                "😀".repeat(300), "千問".repeat(260), "a".repeat(501), "a".repeat(20_000), "\\", "\\u0000", "null",
                "-1", "1e309", "NaN", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "é".repeat(3), "\u2028", "\t", "Ａ", "  gpt-5-2  ", "GPT-5.2", ".", "..", "../models",
                "%2e%2e", "a/b", "?x=1", "#frag"));
        for (int i = 0; i < 6; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append((char) random.nextInt(0x3000));
            }
            out.add(s.toString());
        }
        return out;
    }

    private void argumentCases(List<Runnable> all) {
        List<String> fields = List.of(
                "query($v: String) { model(slug: $v) { name } }",
                "query($v: ID) { model(id: $v) { name } }",
                "query($v: String) { benchmark(slug: $v) { name } }",
                "query($v: String) { vendor(slug: $v) { name } }",
                "query($v: String) { searchArticles(query: $v, first: 3) { totalCount edges { node { id } } } }",
                "query($v: String) { models(first: 2, after: $v) { edges { node { slug } } } }",
                "query($v: String) { models(first: 2, vendor: $v) { edges { node { slug } } } }",
                "query($v: ID!) { article(id: $v) { title } }",
                "query($v: String!) { stateOfTheArt(benchmark: $v) { value } }",
                "query($v: String!) { compare(models: [$v, \"gpt-5-2\"]) { tallies { wins model { slug } } } }");
        List<String> strings = hostileStrings();
        for (int i = 0; i < 100; i++) {
            String field = fields.get(i % fields.size());
            String value = strings.get(random.nextInt(strings.size()));
            all.add(() -> graphql("argument " + field + " <- " + abbreviate(value), field, Map.of("v", value), null));
        }
        // the same values written into the document itself
        for (int i = 0; i < 30; i++) {
            String value = strings.get(random.nextInt(strings.size()));
            String literal = GraphQL.JSON.valueToTree(value).toString();
            all.add(() -> graphql("literal " + abbreviate(value), "{ model(slug: " + literal + ") { name } }", Map.of(), null));
        }
        List<Object> numbers = List.of(-1, 0, 101, Integer.MAX_VALUE, Long.MAX_VALUE, 1.5, "10", true, -2147483649L);
        for (Object n : numbers) {
            all.add(() -> graphql("first " + n, "query($n: Int) { models(first: $n) { edges { node { slug } } } }",
                    Map.of("n", n), null));
            all.add(() -> graphql("trending " + n, "query($n: Int) { trendingModels(days: $n, first: $n) { model { slug } } }",
                    Map.of("n", n), null));
        }
        for (String date : List.of("not a date", "2025-13-01", "1899-12-31", "3000-01-01", "2025-02-30", "", "0000-00-00",
                "2025-12-31T00:00:00Z", "99999-01-01")) {
            all.add(() -> graphql("date " + date, "query($d: Date) { compare(models: [\"gpt-5-2\", \"gemini-3-pro\"], asOf: $d) "
                    + "{ tallies { wins } } }", Map.of("d", date), null));
            all.add(() -> graphql("range " + date, "query($d: Date) { searchArticles(from: $d, first: 1) { totalCount } }",
                    Map.of("d", date), null));
        }
        for (int size : List.of(0, 1, 11, 50)) {
            List<String> models = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                models.add("m" + i);
            }
            all.add(() -> graphql("compare " + size, "query($m: [String!]!) { compare(models: $m) { tallies { wins } } }",
                    Map.of("m", models), null));
        }
    }

    private void documentCases(List<Runnable> all) {
        for (int depth : List.of(13, 30, 200, 2_000)) {
            // article, its claims' model, that model's latest articles, their claims' model, ...
            String deep = "{ searchArticles(first: 1) { edges { node { "
                    + "claims { model { latestArticles(first: 1) { ".repeat(depth / 4) + "title"
                    + " } } }".repeat(depth / 4) + " } } } }";
            all.add(() -> graphql("depth " + depth, deep, Map.of(), null));
        }
        for (int aliases : List.of(500, 3_000)) {
            StringBuilder q = new StringBuilder("{ ");
            for (int i = 0; i < aliases; i++) {
                q.append("a").append(i).append(": apiVersion ");
            }
            all.add(() -> graphql("aliases " + aliases, q.append("}").toString(), Map.of(), null));
        }
        for (int levels : List.of(10, 30)) {
            StringBuilder q = new StringBuilder("{ models(first: 1) { edges { node { ...F0 } } } }\n");
            for (int i = 0; i < levels; i++) {
                q.append("fragment F").append(i).append(" on Model { vendor { name } ... F").append(i + 1)
                        .append(" ...F").append(i + 1).append(" }\n");
            }
            q.append("fragment F").append(levels).append(" on Model { slug }");
            all.add(() -> graphql("fragment bomb " + levels, q.toString(), Map.of(), null));
        }
        all.add(() -> graphql("fragment cycle", "{ models(first: 1) { edges { node { ...A } } } } fragment A on Model { ...B }"
                + " fragment B on Model { ...A }", Map.of(), null));
        all.add(() -> graphql("directives", "{ apiVersion " + "@skip(if: false) ".repeat(2_000) + "}", Map.of(), null));
        all.add(() -> graphql("tokens", "{ " + "a ".repeat(20_000) + "}", Map.of(), null));
        all.add(() -> graphql("introspection", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { "
                + "ofType { name } } } } } } } } }", Map.of(), null));
        all.add(() -> graphql("unknown field", "{ nothingHere }", Map.of(), null));
        all.add(() -> graphql("unknown operation", "query A { apiVersion }", Map.of(), "B"));
        all.add(() -> graphql("two operations unnamed", "query A { apiVersion } query B { apiVersion }", Map.of(), null));
        all.add(() -> graphql("unused variable type", "query($v: Nope) { apiVersion }", Map.of("v", 1), null));
        all.add(() -> graphql("subscription over HTTP", "subscription { articlePublished { id } }", Map.of(), null));
        all.add(() -> graphql("mutation unauthenticated", "mutation { ingestArticle(document: \"# x\") { id } }", Map.of(), null));
        String grammar = "{}()[]:$@!.=\"|&,#\\ \n\tqueryfragmentonmodelsslug0123456789";
        for (int i = 0; i < 40; i++) {
            StringBuilder q = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int j = 0; j < length; j++) {
                q.append(grammar.charAt(random.nextInt(grammar.length())));
            }
            all.add(() -> graphql("garbage " + abbreviate(q.toString()), q.toString(), Map.of(), null));
        }
    }

    private void httpCases(List<Runnable> all) {
        List<String> bodies = List.of("", "not json", "[]", "[{\"query\": \"{ apiVersion }\"}]", "{\"query\": 1}",
                "{\"query\": null}", "{\"variables\": {}}", "{\"query\": \"{ apiVersion }\", \"variables\": \"x\"}",
                "{\"query\": \"{ apiVersion }\", \"operationName\": 7}", "{\"query\": \"{ apiVersion }\"", "\u0000",
                "{\"query\": \"{ apiVersion }\", \"extensions\": {\"persistedQuery\": {\"sha256Hash\": \"x\"}}}");
        for (String body : bodies) {
            all.add(() -> send("body " + abbreviate(body), post(body, "application/json", "application/json")));
            all.add(() -> send("body as text " + abbreviate(body), post(body, "text/plain", "application/json")));
        }
        for (String accept : List.of("image/png", "application/graphql-response+json", "*/*", "text/html;q=0.1", ";;;")) {
            all.add(() -> send("accept " + accept, post("{\"query\": \"{ apiVersion }\"}", "application/json", accept)));
        }
        all.add(() -> send("large body", post("{\"query\": \"{ apiVersion }\", \"x\": \"" + "a".repeat(70_000) + "\"}",
                "application/json", "application/json")));
        all.add(() -> send("long URL", HttpRequest.newBuilder(URI.create(gateway + "/graphql?query="
                + "a".repeat(20_000))).GET()));
        all.add(() -> send("mutation by GET", HttpRequest.newBuilder(URI.create(gateway + "/graphql?query="
                + URLEncoder.encode("mutation { ingestArticle(document: \"x\") { id } }", StandardCharsets.UTF_8))).GET()));
        all.add(() -> send("GET bad variables", HttpRequest.newBuilder(URI.create(gateway + "/graphql?query="
                + URLEncoder.encode("{ apiVersion }", StandardCharsets.UTF_8) + "&variables=%7B")).GET()));
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            all.add(() -> send(method, HttpRequest.newBuilder(URI.create(gateway + "/graphql"))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"query\": \"{ apiVersion }\"}"))));
        }
        all.add(() -> send("bad API key", post("{\"query\": \"{ apiVersion }\"}", "application/json", "application/json")
                .header("X-API-Key", "not-a-key")));
        all.add(() -> send("bad token", post("{\"query\": \"{ apiVersion }\"}", "application/json", "application/json")
                .header("Authorization", "Bearer not.a.token")));
    }

    private void writeCases(List<Runnable> all) {
        List<String> units = List.of("A", "1.", "gpt 4 ", "Qwen3 ", "a ", "[", "*a ", "<b>", "| ", "中文", "> ", "- ");
        for (int i = 0; i < 48; i++) {
            String word = uniqueWord();
            StringBuilder body = new StringBuilder("# Fuzz report " + word + "\n\n");
            if (i % 4 == 3) {
                // a document built to make a reader backtrack, as large as fits a request
                String unit = units.get(random.nextInt(units.size()));
                body.append(unit.repeat(20_000 / unit.length())).append("\n\n");
            }
            body.append("The word ").append(word).append(" appears only here. GPT-5.2 scored ")
                    .append(50 + random.nextInt(40)).append(".").append(random.nextInt(10)).append("% on WeirdML.\n");
            String document = body.toString();
            all.add(() -> ingest("write " + word, word, document));
            if (i % 3 == 0) {
                all.add(() -> {
                    if (documents.containsKey(word)) {
                        ingest("write again " + word, word, document);
                    }
                });
            }
        }
        String large = uniqueWord();
        StringBuilder prose = new StringBuilder("# Fuzz report " + large + "\n\nThe word " + large + " appears only here.\n\n");
        while (prose.length() < 60_000) {
            prose.append("GPT-5.2 scored ").append(random.nextInt(90)).append(".5% on WeirdML, ahead of Gemini 3 Pro. ");
        }
        all.add(() -> ingest("largest write " + large, large, prose.toString()));
        for (String bad : List.of("", "   ", "a\u0000b", "\uD800", "x".repeat(70_000))) {
            all.add(() -> graphqlAs("refused document " + abbreviate(bad), "mutation($d: String!) { ingestArticle(document: $d) "
                    + "{ id status } }", Map.of("d", bad), token, null));
        }
    }

    /** Operations sent over one anonymous WebSocket (graphql-transport-ws), as a browser page sends them. */
    private void webSocketCases(List<Runnable> all) {
        // a WebSocket text frame is UTF-8: a lone surrogate cannot be sent at all
        List<String> strings = hostileStrings().stream()
                .filter(v -> v.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .toList();
        List<String> documents = List.of(
                "query($v: String) { model(slug: $v) { name } }",
                "query($v: String) { searchArticles(query: $v, first: 2) { totalCount } }",
                "subscription($v: String) { stateOfTheArtChanged(benchmark: $v) { value } }",
                "subscription($v: String) { claimConflictDetected(model: $v) { claimId } }",
                "query($v: String) { nothingHere(x: $v) }",
                "query($v: String) { models(first: 1, after: $v) { edges { cursor } } }");
        for (int i = 0; i < 36; i++) {
            String document = documents.get(i % documents.size());
            String value = strings.get(random.nextInt(strings.size()));
            boolean subscription = document.startsWith("subscription");
            // a subscription that starts would stream on: only refused ones (a blank or over-long filter) are sent
            String sent = subscription ? (i % 2 == 0 ? " " : "x".repeat(201)) : value;
            all.add(() -> overWebSocket("websocket " + document + " <- " + abbreviate(sent), document, sent));
        }
        all.add(() -> overWebSocket("websocket depth", "{ searchArticles(first: 1) { edges { node { "
                + "claims { model { latestArticles(first: 1) { ".repeat(10) + "title" + " } } }".repeat(10) + " } } } }", ""));
    }

    private Socket socket;
    private int operations;

    private void overWebSocket(String name, String document, String value) {
        cases++;
        try {
            if (socket == null) {
                socket = Socket.open(gateway);
            }
            String id = String.valueOf(++operations);
            ObjectNode message = GraphQL.JSON.createObjectNode().put("id", id).put("type", "subscribe");
            message.putObject("payload").put("query", document).putObject("variables").put("v", value);
            socket.send(message.toString());
            List<JsonNode> received = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> socket.messages(id), list -> list.stream().anyMatch(m -> m.path("type").asText()
                            .matches("error|complete")));
            for (JsonNode m : received) {
                JsonNode errors = "error".equals(m.path("type").asText()) ? m.path("payload") : m.at("/payload/errors");
                for (JsonNode error : errors) {
                    checkError(name, error);
                }
            }
        } catch (Exception e) {
            problems.add(name + ": " + e);
        }
    }

    /** A graphql-transport-ws client: every message received, by operation id. */
    private static final class Socket implements java.net.http.WebSocket.Listener {
        private final Map<String, List<JsonNode>> byId = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.CompletableFuture<Void> acknowledged = new java.util.concurrent.CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private java.net.http.WebSocket socket;

        static Socket open(String gateway) {
            Socket client = new Socket();
            client.socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(gateway.replaceFirst("^http", "ws") + "/graphql"), client).join();
            client.send("{\"type\":\"connection_init\",\"payload\":{}}");
            client.acknowledged.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            return client;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        void close() {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").join();
        }

        List<JsonNode> messages(String id) {
            return List.copyOf(byId.getOrDefault(id, List.of()));
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket webSocket, CharSequence data,
                boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = GraphQL.JSON.readTree(partial.toString());
                    if ("connection_ack".equals(message.path("type").asText())) {
                        acknowledged.complete(null);
                    } else if (message.has("id")) {
                        byId.computeIfAbsent(message.path("id").asText(),
                                k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(message);
                    }
                } catch (Exception e) {
                    byId.computeIfAbsent("unreadable", k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(GraphQL.JSON.createObjectNode().put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    // ---- sending and checking ----

    private void ingest(String name, String word, String document) {
        JsonNode answer = graphqlAs(name, "mutation($d: String!, $o: String) { ingestArticle(document: $d, origin: $o) "
                + "{ id title status } }", Map.of("d", document, "o", "fuzz"), token, null);
        if (answer == null) {
            return;
        }
        if ("OUTCOME_UNKNOWN".equals(answer.at("/errors/0/extensions/code").asText())) {
            // what the guide tells a client to do: send it again
            answer = graphqlAs(name + " (repeated)", "mutation($d: String!) { ingestArticle(document: $d) { id status } }",
                    Map.of("d", document), token, null);
        }
        JsonNode articles = answer == null ? null : answer.at("/data/ingestArticle");
        if (articles == null || !articles.isArray() || articles.size() != 1) {
            problems.add(name + ": not acknowledged: " + abbreviate(String.valueOf(answer)));
            return;
        }
        String id = articles.get(0).path("id").asText();
        String status = articles.get(0).path("status").asText();
        String before = acknowledged.putIfAbsent(word, id);
        if (before != null) {
            if (!before.equals(id) || !"UNCHANGED".equals(status)) {
                problems.add(name + ": sent again, answered " + status + " " + id + " instead of UNCHANGED " + before);
            }
        } else {
            documents.put(word, document);
        }
    }

    private void checkAcknowledgedWrites() {
        for (Map.Entry<String, String> write : acknowledged.entrySet()) {
            JsonNode found = graphql("search " + write.getKey(), "query($q: String) { searchArticles(query: $q, first: 5) "
                    + "{ totalCount edges { node { id title } } } }", Map.of("q", write.getKey()), null);
            if (found == null) {
                continue;
            }
            JsonNode edges = found.at("/data/searchArticles/edges");
            if (edges.size() != 1 || !edges.get(0).at("/node/id").asText().equals(write.getValue())) {
                problems.add("write " + write.getKey() + " (" + write.getValue() + ") found " + edges);
            }
            JsonNode article = graphql("article " + write.getValue(), "query($id: ID!) { article(id: $id) { title } }",
                    Map.of("id", write.getValue()), null);
            if (article != null && !article.at("/data/article/title").asText().contains(write.getKey())) {
                problems.add("article " + write.getValue() + " is not the write " + write.getKey() + ": " + article);
            }
        }
    }

    private void pageQuery(boolean measured) {
        long start = System.nanoTime();
        JsonNode answer = graphql("model page", page, Map.of("slug", PAGE_QUERY_SLUG, "from", "2025-12-01",
                "to", "2025-12-31"), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (measured) {
            pageMillis.add(millis);
        }
        if (answer != null && (answer.has("errors") || !answer.at("/data/model/vendor/name").isTextual())) {
            problems.add("model page incomplete: " + abbreviate(answer.toString()));
        }
    }

    private JsonNode graphql(String name, String query, Map<String, Object> variables, String operationName) {
        return graphqlAs(name, query, variables, null, operationName);
    }

    private JsonNode graphqlAs(String name, String query, Map<String, Object> variables, String bearer,
            String operationName) {
        ObjectNode body = GraphQL.JSON.createObjectNode().put("query", query);
        body.set("variables", GraphQL.JSON.valueToTree(variables));
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        HttpRequest.Builder request = post(body.toString(), "application/json", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(name, request);
    }

    private HttpRequest.Builder post(String body, String contentType, String accept) {
        return HttpRequest.newBuilder(URI.create(gateway + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends one case and checks what every answer must be; the parsed body, or null when it is not JSON. */
    private JsonNode send(String name, HttpRequest.Builder request) {
        cases++;
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            problems.add(name + ": no answer: " + e);
            return null;
        }
        if (response.statusCode() >= 500) {
            problems.add(name + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        JsonNode body;
        try {
            body = GraphQL.JSON.readTree(response.body());
        } catch (Exception e) {
            problems.add(name + ": HTTP " + response.statusCode() + " body is not JSON: " + abbreviate(response.body()));
            return null;
        }
        if (body == null || !body.isObject() || !(body.has("data") || body.has("errors"))) {
            problems.add(name + ": not a GraphQL response: " + abbreviate(response.body()));
            return body;
        }
        if (response.statusCode() >= 400 && !body.has("errors")) {
            problems.add(name + ": HTTP " + response.statusCode() + " without errors");
        }
        for (JsonNode error : body.path("errors")) {
            checkError(name, error);
        }
        return body;
    }

    /** What every error must be: a documented code, foreseen, and a message without internal names. */
    private void checkError(String name, JsonNode error) {
        String code = error.at("/extensions/code").asText("");
        codes.merge(code, 1, Integer::sum);
        if (!documentedCodes.contains(code)) {
            problems.add(name + ": undocumented code '" + code + "': " + abbreviate(error.toString()));
        }
        if (code.equals("INTERNAL_SERVER_ERROR")) {
            problems.add(name + ": a failure the gateway did not foresee: " + abbreviate(error.toString()));
        }
        Matcher leak = JAVA_NAME.matcher(error.path("message").asText(""));
        if (leak.find()) {
            problems.add(name + ": message names '" + leak.group() + "': " + abbreviate(error.toString()));
        }
    }

    // ---- helpers ----

    /** The codes in the first column of the guide's table of errors. */
    static Set<String> documentedCodes(String guide) {
        Set<String> codes = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : guide.lines().toList()) {
            if (line.startsWith("| code |")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            } else if (inTable) {
                String first = line.split("\\|")[1];
                Matcher code = Pattern.compile("`([A-Z_]+)`").matcher(first);
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        return codes;
    }

    /** A word of 12 letters no other text holds. */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("fz");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String abbreviate(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length() && escaped.length() < 160; i++) {
            char c = text.charAt(i);
            escaped.append(c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x202E
                    ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return text.length() <= 120 ? escaped.toString() : escaped.substring(0, Math.min(120, escaped.length()))
                + "…(" + text.length() + ")";
    }
}
