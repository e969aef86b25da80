package ai.frontierwatch.insights.support;

import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.insights.fixtures.MarkdownArticles;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The module's own test world: the fixture catalogue with its results, and two fixture articles. */
public final class Fixtures {

    public static final String BRIEFING = "fx-briefing";
    public static final String DIGEST = "fx-digest";

    private static boolean published;

    private Fixtures() {
    }

    public static ArticleState briefing() {
        return MarkdownArticles.parse(BRIEFING, MarkdownArticles.resource("briefing-zh-hant.md"),
                OffsetDateTime.parse("2025-12-12T09:00:00+08:00"), "zh-Hant");
    }

    public static ArticleState digest() {
        return MarkdownArticles.parse(DIGEST, MarkdownArticles.resource("digest-zh-hans.md"),
                OffsetDateTime.parse("2025-12-15T10:00:00+08:00"), "zh-Hans");
    }

    /** Publishes the fixture world once per test JVM (every test class may need it; events are idempotent). */
    public static synchronized void publishOnce() {
        if (published) {
            return;
        }
        List<ai.frontierwatch.contracts.EventEnvelope> catalogue;
        try (EventPublisher publisher = new EventPublisher()) {
            catalogue = publisher.catalogue(CatalogFixture.load());
            List<ai.frontierwatch.contracts.EventEnvelope> events = new ArrayList<>(catalogue);
            events.add(publisher.article(briefing(), 1));
            events.add(publisher.article(digest(), 1));
            publisher.sendAll(events);
        }
        // Topics have several partitions: wait for every catalogue entity, not just the last one sent.
        for (var event : catalogue) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                    io.restassured.RestAssured.given().get("/api/v1/catalog/entities/" + event.aggregateId())
                            .then().statusCode(200)
                            .body("version", org.hamcrest.Matchers.equalTo((int) EventPublisher.FIXTURE_VERSION)));
        }
        published = true;
    }
}
