package ai.frontierwatch.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends bad values to every query and path parameter of every operation a service's OpenAPI document lists, and
 * reports each answer that is not what a caller's mistake deserves: a value that can never be a parameter (a NUL or
 * another control character, an absurd length) must be answered 400 problem+json naming the parameter, on any method
 * (nothing runs); any other odd value (far dates, broken cursors, fractions, huge numbers) must never be a 5xx, which
 * is only probed on GET so that nothing is written.
 */
public final class HostileParameters {

    /** Values no parameter may take, and why. */
    public static final Map<String, String> NEVER_VALID = Map.of(
            "x\u0000y", "NUL",
            "x\u0007y", "control character",
            "x\u007fy", "DEL",
            "z".repeat(600), "600 characters");

    /** Values a parameter may reject but which must never fail the service. */
    public static final List<String> ODD = List.of("0001-01-01", "9999-12-31", "+999999999-12-31", "2025-02-30",
            "AA", "!!!", "ZnwxfDEyMw", "1.5", "-1", "0", "99999999999999999999", "true", "yes", "%", "\uFFFD",
            "'; select 1 --", "a,,b", ",", " ", "discovered:", "family:x", "00000000-0000-0000-0000-000000000000");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HostileParameters() {
    }

    /** {@link #probe(String)} of the service a {@code @QuarkusTest} runs. */
    public static List<String> probeServiceUnderTest() throws IOException, InterruptedException {
        return probe(TestHTTPResourceManager.getUri().replaceAll("/$", ""));
    }

    /** The wrong answers, one line each ("GET /path?name=… → 500 …"); empty when every answer was right. */
    public static List<String> probe(String baseUrl) throws IOException, InterruptedException {
        JsonNode openapi = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.getValue().path("parameters").forEach(params::add);
                String contentType = op.getValue().path("requestBody").path("content").fieldNames().hasNext()
                        ? op.getValue().path("requestBody").path("content").fieldNames().next() : null;
                if (contentType != null && contentType.startsWith("multipart/")) {
                    contentType = null;
                }
                for (JsonNode param : params) {
                    String in = param.path("in").asText();
                    if (!in.equals("query") && !in.equals("path")) {
                        continue;
                    }
                    String name = param.path("name").asText();
                    probed++;
                    for (Map.Entry<String, String> bad : NEVER_VALID.entrySet()) {
                        Answer a = send(baseUrl, method, path.getKey(), params, name, bad.getKey(), contentType);
                        JsonNode body = a.json();
                        boolean named = body != null && name.equals(body.path("errors").path(0).path("field").asText());
                        if (a.status != 400 || !a.contentType.startsWith("application/problem+json") || !named) {
                            wrong.add(a.describe(bad.getValue()));
                        }
                    }
                    if (method.equals("GET")) {
                        for (String odd : ODD) {
                            Answer a = send(baseUrl, method, path.getKey(), params, name, odd, contentType);
                            if (a.status >= 500) {
                                wrong.add(a.describe("'" + odd + "'"));
                            }
                        }
                    }
                }
            }
        }
        if (probed == 0) {
            throw new IllegalStateException("No parameter to probe in the OpenAPI document of " + baseUrl);
        }
        return wrong;
    }

    private record Answer(String request, int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String describe(String value) {
            return request + " [" + value + "] → " + status + " " + contentType + " "
                    + body.substring(0, Math.min(200, body.length()));
        }
    }

    private static Answer send(String baseUrl, String method, String template, List<JsonNode> params, String target,
            String value, String contentType) throws IOException, InterruptedException {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            if (name.equals(target)) {
                values.put(name, value);
            } else if (p.path("in").asText().equals("path") || p.path("required").asBoolean()) {
                values.put(name, "probe");
            }
        }
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            if (!values.containsKey(name)) {
                continue;
            }
            String encoded = URLEncoder.encode(values.get(name), StandardCharsets.UTF_8).replace("+", "%20");
            if (p.path("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", encoded);
            } else {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encoded);
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + query));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher body = contentType == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(contentType.contains("json") ? "{}" : "x");
        HttpResponse<String> response = HTTP.send(request.method(method, body).build(),
                HttpResponse.BodyHandlers.ofString());
        String shown = method + " " + template + " " + target;
        return new Answer(shown, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
