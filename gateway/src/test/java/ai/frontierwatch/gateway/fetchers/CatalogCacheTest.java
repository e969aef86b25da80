package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.articles.ArticleDeleted;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.gateway.live.SampleEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Catalogue entities and articles are kept between requests and dropped when their service announces a change of
 * them on its topic (the real broker here); the services are {@link FakeDownstream}.
 */
@QuarkusTest
@TestProfile(CatalogCacheTest.CachingProfile.class)
class CatalogCacheTest {

    public static class CachingProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = FakeDownstream.get().url();
            return Map.of("quarkus.rest-client.models.url", url, "quarkus.rest-client.insights.url", url,
                    "quarkus.rest-client.articles.url", url, "%test.fw.gateway.catalog-cache.ttl", "10m",
                    "%test.fw.gateway.article-cache.ttl", "10m");
        }
    }

    private static final String QUERY =
            "{\"query\":\"{ model(slug: \\\"m1\\\") { name vendor { name } results { value } } }\"}";

    @Test
    void keptEntitiesAreAskedForAgainOnlyAfterTheirChangeIsAnnounced() {
        reset();
        page();
        page();
        // the model by slug, its vendor and its results, once
        assertThat(paths()).containsExactlyInAnyOrder("/api/v1/models/m1", "/api/v1/vendors", "/api/v1/results");

        announce(EventCodec.envelope(EventType.VENDOR_DELETED, "v-1", 2, new EntityDeleted("v-1", "acme"),
                Clock.systemUTC()));
        assertNextPageAsks("/api/v1/vendors");

        // a result of any model: results are read again, the model and vendor are still kept
        announce(EventCodec.envelope(EventType.BENCHMARK_RESULT_UPSERTED, "r-9", 3, new BenchmarkResultState("r-9",
                "m-2", "b-1", 50.0, null, null, null, "", null, false, List.of()), Clock.systemUTC()));
        assertNextPageAsks("/api/v1/results");

        // the model itself: looked up by slug again (a slug can move), with its results
        announce(EventCodec.envelope(EventType.MODEL_DELETED, "m-1", 4, new EntityDeleted("m-1", "m1"),
                Clock.systemUTC()));
        assertNextPageAsks("/api/v1/models/m1", "/api/v1/results");
    }

    @Test
    void aKeptArticleIsAskedForAgainOnlyAfterItsUpdateOrDeletionIsAnnounced() {
        // by id: the other test's model by slug is not touched
        String query = "{\"query\":\"{ model(id: \\\"m-1\\\") { latestArticles(first: 1) { title } } }\"}";
        Runnable articlePage = () -> given().contentType("application/json").body(query).post("/graphql").then()
                .statusCode(200).body("data.model.latestArticles[0].title", equalTo("Article One"));
        reset();
        articlePage.run();
        articlePage.run();
        // which articles name the model is asked every time; the article itself once
        assertThat(articlePaths()).containsExactly("/api/v1/mentions", "/api/v1/articles", "/api/v1/mentions");

        announce(EventCodec.envelope(EventType.ARTICLE_DELETED, "a-1", 2, new ArticleDeleted("a-1"),
                Clock.systemUTC()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            reset();
            articlePage.run();
            assertThat(articlePaths()).containsExactly("/api/v1/mentions", "/api/v1/articles");
        });
    }

    private static void assertNextPageAsks(String... paths) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            reset();
            page();
            assertThat(paths()).containsExactlyInAnyOrder(paths);
        });
        reset();
        page();
        assertThat(paths()).isEmpty();
    }

    private static void announce(EventEnvelope event) {
        try (SampleEvents events = new SampleEvents()) {
            events.publish(event);
        }
    }

    private static void page() {
        given().contentType("application/json").body(QUERY).post("/graphql").then().statusCode(200)
                .body("data.model.vendor.name", equalTo("Acme")).body("data.model.results[0].value", equalTo(71.5f));
    }

    private static String fake() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.models.url", String.class);
    }

    private static void reset() {
        given().post(fake() + "/_fake/reset?gated=&failing=").then().statusCode(204);
    }

    /** The paths asked, but the model's (kept or not, depending on the tests before). */
    private static List<String> articlePaths() {
        return paths().stream().filter(p -> !p.startsWith("/api/v1/models")).toList();
    }

    private static List<String> paths() {
        List<Map<String, String>> seen = given().get(fake() + "/_fake/stats").then().statusCode(200).extract()
                .jsonPath().getList("seen");
        return seen.stream().map(s -> s.get("path")).toList();
    }
}
