package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.catalog.EntityDeleted;
import ai.frontierwatch.localstack.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Catalogue entities are kept between requests and dropped when models-service announces a change of them on the
 * catalogue topic (the real broker here); the services are {@link FakeDownstream}.
 */
@QuarkusTest
@TestProfile(CatalogCacheTest.CachingProfile.class)
class CatalogCacheTest {

    public static class CachingProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = FakeDownstream.get().url();
            return Map.of("quarkus.rest-client.models.url", url, "quarkus.rest-client.insights.url", url,
                    "%test.fw.gateway.catalog-cache.ttl", "10m");
        }
    }

    private static final String QUERY = "{\"query\":\"{ model(slug: \\\"m1\\\") { name vendor { name } } }\"}";

    @Test
    void aKeptVendorIsAskedForAgainOnlyAfterItsChangeIsAnnounced() throws Exception {
        reset();
        page();
        page();
        // the model is looked up by slug every time; its vendor once
        assertThat(paths()).containsExactly("/api/v1/models/m1", "/api/v1/vendors", "/api/v1/models/m1");

        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            var event = EventCodec.envelope(EventType.VENDOR_DELETED, "v-1", 2, new EntityDeleted("v-1", "acme"),
                    Clock.systemUTC());
            producer.send(new ProducerRecord<>(Topics.CATALOG, 0, event.key(), EventCodec.toJson(event))).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            reset();
            page();
            assertThat(paths()).containsExactly("/api/v1/models/m1", "/api/v1/vendors");
        });
    }

    private static void page() {
        given().contentType("application/json").body(QUERY).post("/graphql").then().statusCode(200)
                .body("data.model.vendor.name", equalTo("Acme"));
    }

    private static String fake() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.models.url", String.class);
    }

    private static void reset() {
        given().post(fake() + "/_fake/reset?gated=&failing=").then().statusCode(204);
    }

    private static List<String> paths() {
        List<Map<String, String>> seen = given().get(fake() + "/_fake/stats").then().statusCode(200).extract()
                .jsonPath().getList("seen");
        return seen.stream().map(s -> s.get("path")).toList();
    }
}
