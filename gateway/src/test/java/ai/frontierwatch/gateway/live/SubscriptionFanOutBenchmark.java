package ai.frontierwatch.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.contracts.ContractSamples;
import ai.frontierwatch.contracts.EventCodec;
import ai.frontierwatch.contracts.EventEnvelope;
import ai.frontierwatch.contracts.EventType;
import ai.frontierwatch.localstack.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fan-out benchmark (not part of the build: runs only with -Dfw.bench=true, see bench/subscriptions/run.sh):
 * SUBSCRIBERS WebSocket clients subscribe to every state-of-the-art change, EVENTS changes are published on the
 * real broker at RATE per second, and the time from the producer's acknowledgement to each subscriber's receipt
 * is measured (same JVM, same clock). Writes target/subscriptions-bench.txt.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "fw.bench", matches = "true")
class SubscriptionFanOutBenchmark {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void fanOut() throws Exception {
        int subscribers = Integer.getInteger("fw.bench.subscribers", 50);
        int events = Integer.getInteger("fw.bench.events", 200);
        int rate = Integer.getInteger("fw.bench.rate", 20);
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        List<LiveSubscriptionsTest.Client> clients = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            LiveSubscriptionsTest.Client client = LiveSubscriptionsTest.Client.open(endpoint, Map.of());
            client.subscribe("s", "subscription { stateOfTheArtChanged { value } }");
            clients.add(client);
        }
        try (KafkaProducer<String, String> producer = producer()) {
            // Warm up until every subscriber receives (subscriptions start asynchronously).
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                send(producer, -1, sentAt);
                return clients.stream().allMatch(c -> !c.data("s").isEmpty());
            });
            Map<LiveSubscriptionsTest.Client, Integer> warm = new ConcurrentHashMap<>();
            clients.forEach(c -> warm.put(c, c.data("s").size()));
            long start = System.nanoTime();
            for (int seq = 0; seq < events; seq++) {
                long due = start + seq * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                send(producer, seq, sentAt);
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> clients.stream().allMatch(c -> c.data("s").stream()
                    .filter(d -> d.path("stateOfTheArtChanged").path("value").asDouble() >= 0).count() >= events));
            List<Long> latenciesMicros = new ArrayList<>();
            for (LiveSubscriptionsTest.Client c : clients) {
                List<JsonNode> data = c.data("s");
                List<Long> received = c.receivedNanos("s");
                for (int i = warm.get(c); i < data.size(); i++) {
                    int seq = (int) data.get(i).path("stateOfTheArtChanged").path("value").asDouble();
                    if (seq >= 0) {
                        latenciesMicros.add((received.get(i) - sentAt.get(seq)) / 1000);
                    }
                }
            }
            assertThat(latenciesMicros).hasSize(subscribers * events);
            Collections.sort(latenciesMicros);
            String report = String.format("""
                    subscribers=%d events=%d rate=%d/s deliveries=%d
                    ack-to-subscriber latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f
                    """, subscribers, events, rate, latenciesMicros.size(), pct(latenciesMicros, 50) / 1000.0,
                    pct(latenciesMicros, 95) / 1000.0, pct(latenciesMicros, 99) / 1000.0,
                    latenciesMicros.get(latenciesMicros.size() - 1) / 1000.0);
            Files.writeString(Path.of("target/subscriptions-bench.txt"), report);
        } finally {
            clients.forEach(LiveSubscriptionsTest.Client::close);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void send(KafkaProducer<String, String> producer, int seq, Map<Integer, Long> sentAt) {
        EventEnvelope sample = ContractSamples.envelope(EventType.STATE_OF_THE_ART_CHANGED);
        ObjectNode payload = ((ObjectNode) sample.payload().deepCopy()).put("value", (double) seq);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), sample.type(), 1, sample.occurredAt(),
                sample.aggregateId(), sample.aggregateVersion(), payload);
        try {
            producer.send(new ProducerRecord<>(event.type().topic(), event.key(), EventCodec.toJson(event)))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        sentAt.put(seq, System.nanoTime());
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        props.put("linger.ms", "0");
        return new KafkaProducer<>(props);
    }
}
