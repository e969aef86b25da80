package ai.frontierwatch.insights.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.fixtures.MarkdownArticles;
import ai.frontierwatch.insights.support.EventPublisher;
import ai.frontierwatch.insights.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real briefing (shared corpus 000_*) through Kafka: its mentions and claims, checked against the record. */
@QuarkusTest
class CorpusInsightsTest {

    private static Path corpusFile(String prefix) {
        Path corpus = MarkdownArticles.sharedDir().map(d -> d.resolve("corpus")).orElse(null);
        Assumptions.assumeTrue(corpus != null, "shared corpus not present (fw.shared.dir): skipping the real-article check");
        try (var files = Files.list(corpus)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void briefingMentionsAndClaims() {
        ArticleState article = MarkdownArticles.parse("corpus-000", MarkdownArticles.read(corpusFile("000_")),
                OffsetDateTime.parse("2025-11-01T08:00:00Z"), "zh-Hant");
        Fixtures.publishOnce();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(publisher.article(article, 1));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/claims?articleIds=corpus-000")
                .then().body("total", equalTo(20)));
        var json = given().get("/api/v1/mentions?articleIds=corpus-000").then().statusCode(200).extract().jsonPath();
        // Besides the catalogue's models: the families "Llama 4" (Scout, Maverick) and "Claude 4.5", and two Llama
        // versions the catalogue does not know, discovered.
        InsightsApiTest.assertCounts(json, 0, Map.ofEntries(
                Map.entry(CatalogFixture.model("gpt-5-2"), 16), Map.entry(CatalogFixture.model("gemini-3-pro"), 9),
                Map.entry(CatalogFixture.model("nano-banana-pro"), 2), Map.entry(CatalogFixture.model("qwen"), 6),
                Map.entry(CatalogFixture.vendor("google"), 7), Map.entry(CatalogFixture.vendor("openai"), 7),
                Map.entry(CatalogFixture.vendor("meta"), 12), Map.entry(CatalogFixture.vendor("alibaba"), 3),
                Map.entry(CatalogFixture.vendor("anthropic"), 1), Map.entry("family:4-llama", 2),
                Map.entry("family:4.5-claude", 1), Map.entry("discovered:4.1-llama", 1),
                Map.entry("discovered:5-llama", 1)));
        // 14 table cells and 6 prose scores; AIME2024 (two cells, one sentence) is not a catalogue benchmark.
        given().get("/api/v1/claims?articleIds=corpus-000&status=CORROBORATES").then().body("total", equalTo(17));
        given().get("/api/v1/claims?articleIds=corpus-000&status=UNRESOLVED").then().body("total", equalTo(3))
                .body("items.benchmarkName", everyItem(equalTo("AIME2024")));
        given().get("/api/v1/claims?articleIds=corpus-000").then()
                .body("items.quote", everyItem(not(containsString("以上的項目"))));
    }
}
