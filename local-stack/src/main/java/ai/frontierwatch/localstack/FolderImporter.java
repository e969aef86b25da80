package ai.frontierwatch.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sends a folder's files to the services through their public APIs: documents (Markdown, text) to
 * articles-service one by one, catalogue files (CSV, JSON) to models-service one request per folder so
 * that files that belong together (a dataset's several CSVs) arrive together, folders in name order. What a
 * file is, is decided by the services from its content; this class only sorts by kind of file. Notes that
 * travel with data (README, MANIFEST, ATTRIBUTION, LICENSE, NOTICE) are not sent.
 */
public final class FolderImporter {

    private static final Set<String> NOTES = Set.of("readme", "manifest", "attribution", "license", "licence",
            "notice", "copying");

    /** Totals of one import; {@code catalogRows} sums what models-service reported for the catalogue files. */
    public record Report(int documents, int documentFailures, int catalogBatches, int catalogFailures,
            CatalogRows catalogRows, List<String> problems) {
    }

    /** Catalogue rows (entities and results) created, updated, unchanged and rejected by models-service. */
    public record CatalogRows(int created, int updated, int unchanged, int rejected) {

        static final CatalogRows NONE = new CatalogRows(0, 0, 0, 0);

        CatalogRows plus(CatalogRows other) {
            return new CatalogRows(created + other.created, updated + other.updated, unchanged + other.unchanged,
                    rejected + other.rejected);
        }
    }

    private record Outcome(String problem, CatalogRows rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String modelsUrl;
    private final String articlesUrl;

    public FolderImporter(String modelsUrl, String articlesUrl) {
        this.modelsUrl = modelsUrl;
        this.articlesUrl = articlesUrl;
    }

    public Report importFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        List<Path> documents = new ArrayList<>();
        Map<Path, List<Path>> catalogByFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || NOTES.contains(name.replaceFirst("\\.[^.]*$", ""))) {
                    return;
                }
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
                    documents.add(file);
                } else if (name.endsWith(".csv") || name.endsWith(".json")) {
                    catalogByFolder.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
                }
            });
        }
        List<String> problems = new ArrayList<>();
        int catalogFailures = 0;
        CatalogRows rows = CatalogRows.NONE;
        for (Map.Entry<Path, List<Path>> batch : catalogByFolder.entrySet()) {
            Outcome outcome = postCatalog(folder, batch.getValue());
            rows = rows.plus(outcome.rows());
            if (outcome.problem() != null) {
                catalogFailures++;
                problems.add(outcome.problem());
            }
        }
        int documentFailures = 0;
        for (Path document : documents) {
            String problem = postDocument(folder, document);
            if (problem != null) {
                documentFailures++;
                problems.add(problem);
            }
        }
        return new Report(documents.size(), documentFailures, catalogByFolder.size(), catalogFailures, rows,
                problems);
    }

    private String postDocument(Path root, Path file) throws IOException {
        String origin = root.relativize(file).toString();
        String contentType = file.toString().endsWith(".txt") ? "text/plain" : "text/markdown";
        HttpRequest request = HttpRequest.newBuilder(URI.create(articlesUrl + "/api/v1/articles?origin="
                        + URLEncoder.encode(origin, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType + "; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        return send(request, origin).problem();
    }

    private Outcome postCatalog(Path root, List<Path> files) throws IOException {
        String boundary = "fw-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            String header = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName() + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n";
            body.write(header.getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(modelsUrl + "/api/v1/imports"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request, root.relativize(files.get(0).getParent()) + "/ (" + files.size() + " catalogue files)");
    }

    private Outcome send(HttpRequest request, String what) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return new Outcome(null, rows(response.body()));
            }
            return new Outcome(what + ": HTTP " + response.statusCode() + ": " + detail(response.body()),
                    CatalogRows.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The totals of an import report; none for any other answer. */
    private static CatalogRows rows(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.has("created") && node.has("errorCount")) {
                return new CatalogRows(node.path("created").asInt(), node.path("updated").asInt(),
                        node.path("unchanged").asInt(), node.path("errorCount").asInt());
            }
        } catch (IOException ignored) {
            // not an import report
        }
        return CatalogRows.NONE;
    }

    private static String detail(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("detail")) {
                return node.get("detail").asText();
            }
        } catch (IOException ignored) {
            // not JSON; show the start of the body
        }
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }
}
