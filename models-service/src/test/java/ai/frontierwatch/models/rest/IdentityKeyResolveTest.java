package ai.frontierwatch.models.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.models.Api;
import ai.frontierwatch.models.service.ModelKeyBackfill;
import ai.frontierwatch.models.service.ModelService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A model name its folded key does not find resolves by identity key: makers' names, word order, Chinese product
 * names and snapshot dates do not matter; sizes, tiers, base/instruct and thinking do. The models are removed again
 * at the end (the module's tests share one database, and the real catalogue is imported later).
 */
@QuarkusTest
class IdentityKeyResolveTest {

    private static final List<String> CREATED = new ArrayList<>();
    private static final String TAKEN = "The name '%s' is already a name of the model %s, written '%s'; a name can "
            + "designate one model only";

    @Inject
    EntityManager em;

    @Inject
    ModelKeyBackfill backfill;

    @BeforeEach
    void catalogue() {
        if (!CREATED.isEmpty()) {
            return;
        }
        model("o3", "o3");
        model("o3-mini", "o3-mini");
        model("claude-sonnet-4-5", "Claude Sonnet 4.5");
        model("gpt-4o", "GPT-4o");
        model("gpt-4o-2024-08-06", "gpt-4o-2024-08-06");
        model("kimi-k2-0711", "Kimi K2 0711");
        model("kimi-k2-0905", "Kimi-K2-0905");
        model("qwen3", "Qwen3");
        model("llama-3-1-8b", "Llama 3.1 8B");
        model("llama-3-1-70b", "Llama 3.1 70B");
        model("qwen2-5-72b-instruct", "Qwen2.5-72B-Instruct");
        model("deepseek-v3-2", "DeepSeek-V3.2");
        model("gemini-2-5-flash", "Gemini 2.5 Flash");
        // an import may bring one model twice under two spellings: nothing refuses it there
        given().multiPart("file", "catalog.json", """
                {"format": "frontier-watch-catalog/v1", "models": [
                  {"slug": "claude-3-5-sonnet", "name": "Claude 3.5 Sonnet"},
                  {"slug": "anthropic-claude-sonnet-3-5", "name": "Claude Sonnet 3.5"}]}""".getBytes(),
                "application/json").post("/api/v1/imports").then().statusCode(200).body("created", equalTo(2));
        CREATED.addAll(List.of("claude-3-5-sonnet", "anthropic-claude-sonnet-3-5"));
    }

    private static String model(String slug, String name) {
        String id = Api.create("/api/v1/models", "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\"}");
        CREATED.add(slug);
        return id;
    }

    @AfterAll
    static void removeModels() {
        ModelService models = Arc.container().instance(ModelService.class).get();
        CREATED.forEach(models::delete);
    }

    private static ValidatableResponse resolve(String name) {
        return given().queryParam("name", name).queryParam("kind", "MODEL").get("/api/v1/resolve").then()
                .statusCode(200);
    }

    private static void resolvesTo(String name, String slug) {
        resolve(name).body("status", equalTo("RESOLVED")).body("matches.slug", contains(slug));
    }

    @Test
    void spellingsTheFoldedKeyMissesResolveByIdentityKey() {
        resolvesTo("OpenAI o3", "o3");
        resolvesTo("OpenAI o3-mini", "o3-mini");
        resolvesTo("Claude 4.5 Sonnet", "claude-sonnet-4-5");
        resolvesTo("Anthropic Claude-Sonnet-4.5", "claude-sonnet-4-5");
        resolvesTo("GPT-4o 0806", "gpt-4o-2024-08-06");
        resolvesTo("OpenAI GPT-4o", "gpt-4o");
        resolvesTo("阿里通义千问Qwen3", "qwen3");
        resolvesTo("通義千問3", "qwen3");
        resolvesTo("Llama-3.1-8B", "llama-3-1-8b");
        resolvesTo("Meta Llama 3.1 8B", "llama-3-1-8b");
        resolvesTo("DeepSeek 3.2", "deepseek-v3-2");
        resolvesTo("Google Gemini 2.5 Flash", "gemini-2-5-flash");
        resolve("Claude 4.5 Sonnet")
                .body("matches[0].matchedAlias", equalTo("claude-sonnet-4-5"))
                .body("matches[0].reason", equalTo("matches the slug 'claude-sonnet-4-5' written another way"));
        // without a kind too, and in a batch
        given().queryParam("name", "OpenAI o3").get("/api/v1/resolve").then()
                .body("status", equalTo("RESOLVED")).body("matches.slug", contains("o3"));
        given().contentType("application/json")
                .body("{\"names\":[\"GPT-4o 0806\",\"Qwen2.5-72B\",\"阿里通义千问Qwen3\",\"Moonshot Kimi K2\"]}")
                .post("/api/v1/resolve").then().statusCode(200)
                .body("status", contains("RESOLVED", "UNKNOWN", "RESOLVED", "AMBIGUOUS"))
                .body("[0].matches.slug", contains("gpt-4o-2024-08-06"))
                .body("[2].matches.slug", contains("qwen3"));
    }

    @Test
    void snapshotDates() {
        // a date the catalogue has no snapshot of: the model itself
        resolvesTo("gpt-4o-2024-11-20", "gpt-4o");
        resolve("gpt-4o-2024-11-20").body("matches[0].reason",
                equalTo("matches the slug 'gpt-4o' without the snapshot date, as no snapshot of that date is catalogued"));
        resolvesTo("Kimi K2 (0905)", "kimi-k2-0905");
        // no date and no model without one: every snapshot is a candidate, none is picked
        resolve("Moonshot Kimi K2").body("status", equalTo("AMBIGUOUS"))
                .body("matches.slug", containsInAnyOrder("kimi-k2-0711", "kimi-k2-0905"))
                .body("matches.reason", containsInAnyOrder(
                        "is the dated snapshot 'kimi-k2-0711'; a name without a date designates no snapshot",
                        "is the dated snapshot 'kimi-k2-0905'; a name without a date designates no snapshot"));
        resolve("Kimi K2 1231").body("status", equalTo("UNKNOWN"));
    }

    @Test
    void variantsStayApart() {
        for (String name : List.of("Qwen2.5-72B", "Alibaba Qwen2.5 72B", "Llama 3.1 8B Instruct", "Meta Llama 3.1 405B",
                "DeepSeek V3.2 (Thinking)", "DeepSeek-V3.2-Thinking", "Google Gemini 2.5 Pro", "Gemini 2.5 Flash Lite",
                "OpenAI o3 pro", "OpenAI GPT-4o Realtime", "Claude 4.5 Opus")) {
            resolve(name).body("name", equalTo(name)).body("status", equalTo("UNKNOWN"));
        }
        resolvesTo("Alibaba Qwen2.5 72B Instruct", "qwen2-5-72b-instruct");
        resolvesTo("Meta-Llama-3.1-70B", "llama-3-1-70b");
    }

    @Test
    void twoModelsUnderOneIdentityKeyAreAmbiguous() {
        resolve("Anthropic Claude 3.5 Sonnet").body("status", equalTo("AMBIGUOUS"))
                .body("matches.slug", containsInAnyOrder("claude-3-5-sonnet", "anthropic-claude-sonnet-3-5"))
                .body("matches.reason", containsInAnyOrder(
                        "matches the slug 'claude-3-5-sonnet' written another way, and so does a name of another model",
                        "matches the slug 'anthropic-claude-sonnet-3-5' written another way, and so does a name of "
                                + "another model"));
        // each still resolves under its own spelling, and an edit that adds no name is not refused
        resolvesTo("Claude Sonnet 3.5", "anthropic-claude-sonnet-3-5");
        given().contentType("application/json").body("{\"aliases\":[\"Claude 3.5 Sonnet (June)\"]}")
                .post("/api/v1/models/claude-3-5-sonnet/aliases").then().statusCode(200);
    }

    @Test
    void aNameUnderAnotherModelsIdentityKeyIsRefusedAndNothingIsApplied() {
        given().contentType("application/json").body("{\"slug\":\"claude-sonnet-4-5-copy\",\"name\":\"Claude 4.5 Sonnet\"}")
                .post("/api/v1/models").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(TAKEN.formatted("Claude 4.5 Sonnet", "'Claude Sonnet 4.5' (claude-sonnet-4-5)",
                        "Claude Sonnet 4.5")));
        given().get("/api/v1/models/claude-sonnet-4-5-copy").then().statusCode(404);

        given().contentType("application/json").body("{\"aliases\":[\"o3 mini high\",\"OpenAI o3\"]}")
                .post("/api/v1/models/o3-mini/aliases").then().statusCode(409)
                .body("detail", equalTo(TAKEN.formatted("OpenAI o3", "'o3' (o3)", "o3")));
        given().get("/api/v1/models/o3-mini").then().body("aliases", empty()).body("version", equalTo(0));

        given().contentType("application/json").body("{\"aliases\":[\"GPT-4o 0806\"]}")
                .post("/api/v1/models/gpt-4o/aliases").then().statusCode(409)
                .body("detail", equalTo(TAKEN.formatted("GPT-4o 0806", "'gpt-4o-2024-08-06' (gpt-4o-2024-08-06)",
                        "gpt-4o-2024-08-06")));

        given().contentType("application/json").body("{\"slug\":\"llama-3-1-70b\",\"name\":\"Meta Llama 3.1 8B\"}")
                .put("/api/v1/models/llama-3-1-70b").then().statusCode(409)
                .body("detail", equalTo(TAKEN.formatted("Meta Llama 3.1 8B", "'Llama 3.1 8B' (llama-3-1-8b)",
                        "Llama 3.1 8B")));
        given().get("/api/v1/models/llama-3-1-70b").then().body("name", equalTo("Llama 3.1 70B"))
                .body("version", equalTo(0));

        // its own spellings, and other variants, are accepted
        given().contentType("application/json").body("{\"aliases\":[\"OpenAI GPT-4o\"]}")
                .post("/api/v1/models/gpt-4o/aliases").then().statusCode(200).body("aliases", contains("OpenAI GPT-4o"));
        model("gpt-4o-mini", "GPT-4o mini");
        resolvesTo("OpenAI GPT-4o mini", "gpt-4o-mini");
    }

    @Test
    void rowsWithoutAnIdentityKeyOrWithAnOlderOneAreFilledByTheBackfill() {
        String id = model("grok-4-1", "Grok 4.1");
        given().contentType("application/json").body("{\"aliases\":[\"Grok-4.1 (xAI)\"]}")
                .post("/api/v1/models/grok-4-1/aliases").then().statusCode(200);
        // as rows were before the column existed, and as an older rule computed one
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE name_key SET model_key = NULL, model_key_rules = NULL WHERE entity_id = ?1")
                    .setParameter(1, UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("UPDATE name_key SET model_key = 'grok', model_key_rules = 0 "
                    + "WHERE entity_id = ?1 AND origin = 'ALIAS'").setParameter(1, UUID.fromString(id)).executeUpdate();
        });
        resolve("xAI Grok 4.1").body("status", equalTo("UNKNOWN"));

        assertThat(backfill.run()).isEqualTo(3);

        resolvesTo("xAI Grok 4.1", "grok-4-1");
        List<?> keys = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT model_key || ' ' || model_key_rules FROM name_key WHERE entity_id = ?1")
                .setParameter(1, UUID.fromString(id)).getResultList());
        assertThat(keys.stream().map(String::valueOf).toList()).containsExactly("4.1 grok 1", "4.1 grok 1", "4.1 grok 1");
        assertThat(backfill.run()).isZero();
    }
}
