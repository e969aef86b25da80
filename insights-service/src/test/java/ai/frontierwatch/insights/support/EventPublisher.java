package ai.frontierwatch.insights.support;

import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.contracts.Topics;
import ai.frontierwatch.contracts.articles.ArticleState;
import ai.frontierwatch.contracts.catalog.BenchmarkResultState;
import ai.frontierwatch.contracts.catalog.BenchmarkState;
import ai.frontierwatch.contracts.catalog.ModelState;
import ai.frontierwatch.contracts.catalog.VendorState;
import ai.frontierwatch.insights.fixtures.CatalogFixture;
import ai.frontierwatch.localstack.TestInfrastructure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes contract-shaped events to the real test Kafka, as models-service and articles-service would. */
public final class EventPublisher implements AutoCloseable {

    /** The fixture catalogue's version: above the contract samples' versions, so it wins for shared ids. */
    public static final long FIXTURE_VERSION = 10;

    private final KafkaProducer<String, String> producer;
    private final Clock clock = Clock.fixed(Instant.parse("2025-12-20T00:00:00Z"), ZoneOffset.UTC);

    public EventPublisher() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public EventEnvelope envelope(EventType type, String id, long version, Record payload) {
        return EventCodec.envelope(type, id, version, payload, clock);
    }

    public static EventEnvelope copyWithNewId(EventEnvelope e) {
        return new EventEnvelope(UUID.randomUUID(), e.type(), e.schemaVersion(), e.occurredAt(), e.aggregateId(),
                e.aggregateVersion(), e.payload());
    }

    public void send(EventEnvelope event) {
        try {
            producer.send(new ProducerRecord<>(event.type().topic(), event.key(), EventCodec.toJson(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends without waiting for the broker's acknowledgement; {@link #flush} waits for all. */
    public void sendAsync(EventEnvelope event) {
        producer.send(new ProducerRecord<>(event.type().topic(), event.key(), EventCodec.toJson(event)));
    }

    public void flush() {
        producer.flush();
    }

    public void sendAll(List<EventEnvelope> events) {
        events.forEach(this::send);
    }

    /** Vendors, models, benchmarks and results of the fixture, in that order. */
    public List<EventEnvelope> catalogue(CatalogFixture fixture) {
        List<EventEnvelope> events = new ArrayList<>();
        for (VendorState v : fixture.vendors) {
            events.add(envelope(EventType.VENDOR_UPSERTED, v.id(), FIXTURE_VERSION, v));
        }
        for (ModelState m : fixture.models) {
            events.add(envelope(EventType.MODEL_UPSERTED, m.id(), FIXTURE_VERSION, m));
        }
        for (BenchmarkState b : fixture.benchmarks) {
            events.add(envelope(EventType.BENCHMARK_UPSERTED, b.id(), FIXTURE_VERSION, b));
        }
        for (BenchmarkResultState r : fixture.results) {
            events.add(envelope(EventType.BENCHMARK_RESULT_UPSERTED, r.id(), FIXTURE_VERSION, r));
        }
        return events;
    }

    public EventEnvelope article(ArticleState article, long version) {
        return envelope(version == 1 ? EventType.ARTICLE_PUBLISHED : EventType.ARTICLE_UPDATED, article.id(), version, article);
    }

    public static String topicOf(EventEnvelope e) {
        return e.type().topic().equals(Topics.CATALOG) ? "catalog" : "articles";
    }

    @Override
    public void close() {
        producer.close();
    }
}
