package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Environment;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.Selectors;
import io.kubernetes.client.custom.Quantity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** prod survives node loss and load; dev stays small; both keep replication within what exists. */
class ProdHardeningTest {

    private static final Pattern CLUSTER_HOST = Pattern.compile("jdbc:postgresql://([^:/]+)-rw[:/].*");
    private static final Manifests PROD = Kustomize.prod();
    private static final Manifests DEV = Kustomize.dev();

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @Test
    void prodRunsEveryServiceTwiceAtLeastWithADisruptionBudgetAndAnAutoscaler() {
        for (Map<String, Object> deployment : PROD.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            Map<String, String> podLabels = Node.labels(deployment, "spec.template.metadata.labels");
            assertThat((Integer) Node.at(deployment, "spec.replicas")).as(name).isGreaterThanOrEqualTo(2);

            List<Map<String, Object>> budgets = PROD.ofKind("PodDisruptionBudget").stream()
                    .filter(b -> Selectors.matches(Node.map(b, "spec.selector"), podLabels)).toList();
            assertThat(budgets).as(name).singleElement().satisfies(b -> assertThat(Node.map(b, "spec"))
                    .containsEntry("maxUnavailable", 1));
            assertThat(PROD.ofKind("Deployment").stream().filter(d -> Selectors.matches(Node.map(budgets.get(0), "spec.selector"),
                    Node.labels(d, "spec.template.metadata.labels")))).as("budget of " + name + " covers only it").hasSize(1);

            Map<String, Object> hpa = PROD.get("HorizontalPodAutoscaler", name);
            assertThat(Node.map(hpa, "spec.scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", name);
            int min = (Integer) Node.at(hpa, "spec.minReplicas");
            assertThat(min).isGreaterThanOrEqualTo(2).isEqualTo(Node.at(deployment, "spec.replicas"));
            assertThat((Integer) Node.at(hpa, "spec.maxReplicas")).isGreaterThan(min);
            assertThat(Node.maps(hpa, "spec.metrics")).isNotEmpty();
        }
        assertThat(PROD.ofKind("PodDisruptionBudget")).hasSize(4);
        assertThat(PROD.ofKind("HorizontalPodAutoscaler")).hasSize(4);
    }

    @Test
    void prodSpreadsTheReplicasOfEachServiceOverNodes() {
        for (Map<String, Object> deployment : PROD.ofKind("Deployment")) {
            Map<String, String> labels = Node.labels(deployment, "spec.template.metadata.labels");
            List<Map<String, Object>> terms = Node.maps(deployment,
                    "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution");
            assertThat(terms).as(Manifests.name(deployment)).anySatisfy(t -> {
                Map<String, Object> term = Node.map(t, "podAffinityTerm");
                assertThat(term).containsEntry("topologyKey", "kubernetes.io/hostname");
                assertThat(Selectors.matches(Node.map(term, "labelSelector"), labels)).isTrue();
                // matchLabelKeys narrows the term to pods with this pod's value of each key: its own replicas.
                assertThat(Node.list(term, "matchLabelKeys")).isNotEmpty().allMatch(labels::containsKey)
                        .contains("app.kubernetes.io/name");
            });
        }
    }

    @Test
    void prodReplicatesKafkaAndPostgresqlOverThreeNodes() {
        int brokers = brokers(PROD);
        assertThat(brokers).isGreaterThanOrEqualTo(3);
        assertThat(Node.maps(PROD.ofKind("KafkaNodePool").get(0),
                "spec.template.pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"))
                .anyMatch(t -> "kubernetes.io/hostname".equals(t.get("topologyKey")));
        for (Map<String, Object> topic : PROD.ofKind("KafkaTopic")) {
            assertThat((Integer) Node.at(topic, "spec.replicas")).as(Manifests.name(topic)).isGreaterThanOrEqualTo(3);
            assertThat(Node.map(topic, "spec.config")).as(Manifests.name(topic)).containsEntry("min.insync.replicas", 2);
        }
        assertThat(Node.map(PROD.ofKind("Kafka").get(0), "spec.kafka.config"))
                .containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
        for (Map<String, Object> cluster : PROD.ofKind("Cluster")) {
            assertThat((Integer) Node.at(cluster, "spec.instances")).as(Manifests.name(cluster)).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void replicationNeverAsksForMoreBrokersThanExistAndWritesSurviveOneLoss(Manifests rendered) {
        int brokers = brokers(rendered);
        Map<String, Object> config = Node.map(rendered.ofKind("Kafka").get(0), "spec.kafka.config");
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat((Integer) config.get(key)).as(rendered.name() + " " + key).isBetween(1, brokers);
        }
        for (Map<String, Object> topic : rendered.ofKind("KafkaTopic")) {
            int replicas = (Integer) Node.at(topic, "spec.replicas");
            assertThat(replicas).as(rendered.name() + " " + Manifests.name(topic)).isBetween(1, brokers);
            Object minIsr = Node.map(topic, "spec.config").getOrDefault("min.insync.replicas", config.get("min.insync.replicas"));
            assertThat((Integer) minIsr).isLessThanOrEqualTo(Math.max(1, replicas - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void connectionPoolsAtFullScaleFitTheDatabaseAndConsumersFitThePartitions(Manifests rendered) {
        for (Map<String, Object> deployment : rendered.ofKind("Deployment")) {
            Map<String, String> env = Environment.of(rendered, deployment);
            if (!env.containsKey("DB_URL")) {
                continue;
            }
            Matcher host = CLUSTER_HOST.matcher(env.get("DB_URL"));
            assertThat(host.matches()).isTrue();
            Map<String, Object> cluster = rendered.get("Cluster", host.group(1));
            int maxConnections = Integer.parseInt(String.valueOf(
                    Node.map(cluster, "spec.postgresql.parameters").getOrDefault("max_connections", "100")));
            int pods = maxPods(rendered, deployment) + (Integer) Node.at(deployment, "spec.strategy.rollingUpdate.maxSurge");
            int pool = Integer.parseInt(env.get("DB_POOL_MAX"));
            assertThat(pods * pool).as(rendered.name() + " " + Manifests.name(deployment)
                    + ": connections at full scale during a rollout, leaving 10 for the operator and superuser")
                    .isLessThanOrEqualTo(maxConnections - 10);
        }
        // insights-service's consumers share the partitions of the topics they read (not the dead-letter topics they write).
        List<String> consumed = ai.frontierwatch.deploy.support.ServiceModule.of("insights-service").channelTopics();
        int partitions = rendered.ofKind("KafkaTopic").stream().filter(t -> consumed.contains(Manifests.name(t)))
                .mapToInt(t -> (Integer) Node.at(t, "spec.partitions")).min().orElseThrow();
        assertThat(maxPods(rendered, rendered.get("Deployment", "insights-service"))).isLessThanOrEqualTo(partitions);
    }

    @Test
    void devRunsOneOfEverythingWithSmallerRequestsThanProd() {
        for (Map<String, Object> deployment : DEV.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            assertThat(Node.at(deployment, "spec.replicas")).as(name).isEqualTo(1);
            for (String kind : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                Quantity dev = new Quantity(Node.str(Manifests.container(deployment), "resources." + kind));
                Quantity prod = new Quantity(Node.str(Manifests.container(PROD.get("Deployment", name)), "resources." + kind));
                assertThat(dev.getNumber()).as(name + " " + kind).isLessThan(prod.getNumber());
            }
        }
        assertThat(brokers(DEV)).isEqualTo(1);
        assertThat(DEV.ofKind("Cluster")).allMatch(c -> Integer.valueOf(1).equals(Node.at(c, "spec.instances")));
        assertThat(DEV.ofKind("PodDisruptionBudget")).isEmpty();
        assertThat(DEV.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    private static int brokers(Manifests rendered) {
        return rendered.ofKind("KafkaNodePool").stream().filter(p -> Node.list(p, "spec.roles").contains("broker"))
                .mapToInt(p -> (Integer) Node.at(p, "spec.replicas")).sum();
    }

    private static int maxPods(Manifests rendered, Map<String, Object> deployment) {
        return rendered.find("HorizontalPodAutoscaler", Manifests.name(deployment))
                .map(h -> (Integer) Node.at(h, "spec.maxReplicas"))
                .orElse((Integer) Node.at(deployment, "spec.replicas"));
    }
}
