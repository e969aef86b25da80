package ai.frontierwatch.gateway.mutations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import ai.frontierwatch.gateway.fetchers.FakeServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editors confirm, merge or dismiss a discovered model: the gateway checks the arguments before any call, asks
 * insights-service for the discovered names, writes to models-service or insights-service, and passes the services'
 * refusals on as typed errors (a 409 as CONFLICT) without ever taking them for an outage. The services are the fake.
 */
@QuarkusTest
@TestProfile(FakeServices.class)
class DiscoveredModelMutationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QWEN = """
            [{"id":"discovered:3.6-27b-qwen","kind":"MODEL","name":"Qwen 3.6 27B",
              "surfaces":["Qwen3.6-27B","Qwen 3.6 27B","通义千问3.6-27B"],"articleCount":3,"mentionCount":7,
              "evidence":[]}]""";
    private static final String CREATED = """
            {"id":"m-36","slug":"qwen-3-6-27b","name":"Qwen 3.6 27B","vendorId":"v-1",
             "aliases":["通义千问3.6-27B"]}""";
    private static final String TAKEN = """
            {"type":"urn:problem:conflict","title":"Conflict","status":409,
             "detail":"The name 'Qwen3.6-27B' is already a name of the model 'Qwen 3.6' (qwen-3-6)"}""";

    @Test
    void confirmingCreatesTheModelWithItsOtherSpellingsAsAliases() throws Exception {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models", 201, CREATED);

        editor("mutation { confirmDiscoveredModel(id: \"discovered:3.6-27b-qwen\", vendor: \"alibaba\") "
                + "{ id slug name aliases status } }")
                .body("errors", nullValue())
                .body("data.confirmDiscoveredModel.id", equalTo("m-36"))
                .body("data.confirmDiscoveredModel.slug", equalTo("qwen-3-6-27b"))
                .body("data.confirmDiscoveredModel.status", equalTo("CONFIRMED"))
                .body("data.confirmDiscoveredModel.aliases", contains("通义千问3.6-27B"));

        // spellings that differ from the name only in spacing and punctuation are found under it anyway
        assertThat(sentBody("POST", "/api/v1/models")).isEqualTo(JSON.readTree("""
                {"slug":"qwen-3-6-27b","name":"Qwen 3.6 27B","vendor":"alibaba","aliases":["通义千问3.6-27B"]}"""));
    }

    @Test
    void anEditorsNameAndSlugWinAndEverySpellingBecomesAnAlias() throws Exception {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models", 201, CREATED);

        editor("mutation { confirmDiscoveredModel(id: \"discovered:3.6-27b-qwen\", name: \" Qwen3.6 27B Instruct \", "
                + "slug: \"qwen3.6-27b-instruct\") { id } }")
                .body("errors", nullValue());

        assertThat(sentBody("POST", "/api/v1/models")).isEqualTo(JSON.readTree("""
                {"slug":"qwen3.6-27b-instruct","name":"Qwen3.6 27B Instruct",
                 "aliases":["Qwen3.6-27B","通义千问3.6-27B"]}"""));
    }

    @Test
    void aNameOrSlugTakenByAnotherModelIsAConflictWithTheServicesReason() {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models", 409, TAKEN);

        editor("mutation { confirmDiscoveredModel(id: \"discovered:3.6-27b-qwen\") { id } }")
                .body("data", nullValue())
                .body("errors[0].path", contains("confirmDiscoveredModel"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message",
                        equalTo("The name 'Qwen3.6-27B' is already a name of the model 'Qwen 3.6' (qwen-3-6)"));
    }

    @Test
    void argumentsAreCheckedBeforeAnyCall() {
        FakeServices.reset();
        editor("mutation { confirmDiscoveredModel(id: \"m-1\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo(
                        "id: must be the id of a discovered model or family (discovered:… or family:…)"));
        editor("mutation { confirmDiscoveredModel(id: \"discovered:a,discovered:b\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        editor("mutation { confirmDiscoveredModel(id: \"discovered:3.6-27b-qwen\", slug: \"Qwen 3.6\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("slug: must be lowercase letters, digits, dots and dashes, "
                        + "starting with a letter or digit, at most 100 characters"));
        editor("mutation { confirmDiscoveredModel(id: \"discovered:3.6-27b-qwen\", name: \"  \") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("name: must have 1 to 200 characters"));
        editor("mutation { mergeDiscoveredModel(id: \"discovered:3.6-27b-qwen\", into: \"family:3-gemini\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("into: must be the id or slug of a catalogue model"));
        editor("mutation { dismissDiscoveredModel(id: \"gpt-5-2\") }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertThat(FakeServices.seen()).isEmpty();
    }

    @Test
    void anUnknownDiscoveredModelIsNotFoundAndNothingIsWritten() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, "[]");

        editor("mutation { confirmDiscoveredModel(id: \"discovered:9-nope\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("No discovered model or family 'discovered:9-nope'"));
        editor("mutation { mergeDiscoveredModel(id: \"family:9-nope\", into: \"m1\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertThat(FakeServices.seen()).extracting(s -> s.get("method")).containsOnly("GET");
    }

    @Test
    void mergingAddsTheSpellingsAsAliasesOfTheTarget() throws Exception {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models/qwen-3-6/aliases", 200, """
                {"id":"m-35","slug":"qwen-3-6","name":"Qwen 3.6","aliases":["Qwen3.6-27B","通义千问3.6-27B"]}""");

        editor("mutation { mergeDiscoveredModel(id: \"discovered:3.6-27b-qwen\", into: \"qwen-3-6\") "
                + "{ id aliases status } }")
                .body("errors", nullValue())
                .body("data.mergeDiscoveredModel.id", equalTo("m-35"))
                .body("data.mergeDiscoveredModel.status", equalTo("CONFIRMED"))
                .body("data.mergeDiscoveredModel.aliases", contains("Qwen3.6-27B", "通义千问3.6-27B"));
        assertThat(sentBody("POST", "/api/v1/models/qwen-3-6/aliases"))
                .isEqualTo(JSON.readTree("{\"aliases\":[\"Qwen3.6-27B\",\"通义千问3.6-27B\"]}"));
    }

    @Test
    void refusedWritesAreNeitherRetriedNorTakenForAnOutage() {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models/qwen-3-6/aliases", 409, TAKEN);
        String merge = "mutation { mergeDiscoveredModel(id: \"discovered:3.6-27b-qwen\", into: \"qwen-3-6\") { id } }";

        // more refusals than the circuit breaker's window: had it counted them, the last ones would be UNAVAILABLE
        for (int i = 0; i < 12; i++) {
            editor(merge).body("errors[0].extensions.code", equalTo("CONFLICT"));
        }
        assertThat(FakeServices.seen("POST", "/api/v1/models/qwen-3-6/aliases")).hasSize(12);

        FakeServices.answer("POST", "/api/v1/models/qwen-3-6/aliases", 200, """
                {"id":"m-35","slug":"qwen-3-6","name":"Qwen 3.6","aliases":["Qwen3.6-27B"]}""");
        editor(merge).body("errors", nullValue()).body("data.mergeDiscoveredModel.id", equalTo("m-35"));
    }

    @Test
    void mergingIntoAModelThatDoesNotExistIsNotFound() {
        qwenIsDiscovered();
        FakeServices.answer("POST", "/api/v1/models/ghost/aliases", 404, """
                {"type":"urn:problem:not-found","title":"Not found","status":404,
                 "detail":"Model 'ghost' does not exist"}""");

        editor("mutation { mergeDiscoveredModel(id: \"discovered:3.6-27b-qwen\", into: \"ghost\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("Model 'ghost' does not exist"));
    }

    @Test
    void dismissingAsksInsightsAndPassesItsRefusalsOn() throws Exception {
        FakeServices.reset();
        FakeServices.answer("POST", "/api/v1/discovered/dismissals", 204, "");

        editor("mutation { dismissDiscoveredModel(id: \"family:3-gemini\") }")
                .body("errors", nullValue())
                .body("data.dismissDiscoveredModel", equalTo(true));
        assertThat(sentBody("POST", "/api/v1/discovered/dismissals"))
                .isEqualTo(JSON.readTree("{\"id\":\"family:3-gemini\"}"));

        FakeServices.answer("POST", "/api/v1/discovered/dismissals", 404, """
                {"status":404,"detail":"Discovered name 'family:9-nope' does not exist"}""");
        editor("mutation { dismissDiscoveredModel(id: \"family:9-nope\") }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("Discovered name 'family:9-nope' does not exist"));

        FakeServices.answer("POST", "/api/v1/discovered/dismissals", 400, """
                {"status":400,"detail":"id is malformed"}""");
        editor("mutation { dismissDiscoveredModel(id: \"family:%%\") }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("input: id is malformed"));
    }

    @Test
    void withoutAnEditorTokenNothingIsAsked() {
        FakeServices.reset();
        given().contentType("application/json").body(query("mutation { dismissDiscoveredModel(id: \"family:3-gemini\") }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertThat(FakeServices.seen()).isEmpty();
    }

    /** A clean fake where insights-service knows the discovered Qwen 3.6 27B. */
    private static void qwenIsDiscovered() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/v1/discovered", 200, QWEN);
    }

    private static ValidatableResponse editor(String mutation) {
        try {
            String token = Files.readString(Path.of("docs/dev-editor.jwt"), StandardCharsets.UTF_8).strip();
            return given().auth().oauth2(token).contentType("application/json").body(query(mutation))
                    .post("/graphql").then().statusCode(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String query(String graphql) {
        return "{\"query\":" + TextNode.valueOf(graphql) + "}";
    }

    /** The body of the only request of this method and path. */
    private static JsonNode sentBody(String method, String path) throws Exception {
        List<Map<String, String>> seen = FakeServices.seen(method, path);
        assertThat(seen).hasSize(1);
        return JSON.readTree(seen.get(0).get("body"));
    }
}
