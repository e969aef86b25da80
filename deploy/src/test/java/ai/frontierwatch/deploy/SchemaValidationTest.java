package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.frontierwatch.deploy.support.CustomResources;
import ai.frontierwatch.deploy.support.KubernetesSchema;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The validation really rejects broken manifests: each test breaks one copy of a real rendered
 * object in one way (unknown field, wrong type, missing required field) and expects a failure.
 */
class SchemaValidationTest {

    @Test
    void theUnbrokenObjectsPass() {
        assertThatCode(() -> KubernetesSchema.validate(deployment(d -> { }))).doesNotThrowAnyException();
        assertThatCode(() -> CustomResources.validate(custom("KafkaTopic", "fw.catalog.v1", t -> { }), Kustomize.prod()))
                .doesNotThrowAnyException();
    }

    @Test
    void kafkaUsersWithAnUnknownOperationResourceTypeOrAuthenticationAreRejected() {
        assertThatCode(() -> CustomResources.validate(custom("KafkaUser", "gateway", u -> { }), Kustomize.prod()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaUser", "gateway",
                u -> Node.maps(u, "spec.authorization.acls").get(0).put("operations", List.of("Read", "Consume"))), Kustomize.prod()))
                .hasMessageContaining("operations");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaUser", "gateway",
                u -> Node.map(Node.maps(u, "spec.authorization.acls").get(0), "resource").put("type", "topics")), Kustomize.prod()))
                .hasMessageContaining("resource.type");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaUser", "gateway",
                u -> Node.map(u, "spec.authentication").put("type", "scram-sha-256")), Kustomize.prod()))
                .hasMessageContaining("authentication.type");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaUser", "gateway",
                u -> Node.labels(u, "metadata.labels").put("strimzi.io/cluster", "other")), Kustomize.prod()))
                .hasMessageContaining("names no Kafka");
    }

    @Test
    void backupsWithInlineCredentialsAnUnknownSourceOrAFiveFieldScheduleAreRejected() {
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec.backup.barmanObjectStore.s3Credentials").put("accessKeyId", "AKIA...")), Kustomize.prod()))
                .hasMessageContaining("Secret reference");
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec.backup").put("retentionPolicy", "30 days")), Kustomize.prod()))
                .hasMessageContaining("retentionPolicy");
        Map<String, Object> restored = deepCopy(Kustomize.restores().get(0).get("Cluster", "models-db"));
        assertThatCode(() -> CustomResources.validate(restored, Kustomize.prod())).doesNotThrowAnyException();
        Node.map(restored, "spec.bootstrap.recovery").put("source", "elsewhere");
        assertThatThrownBy(() -> CustomResources.validate(restored, Kustomize.prod())).hasMessageContaining("names no external cluster");
        assertThatThrownBy(() -> CustomResources.validate(custom("ScheduledBackup", "models-db-daily",
                b -> Node.map(b, "spec").put("schedule", "0 3 * * *")), Kustomize.prod()))
                .hasMessageContaining("six-field");
        assertThatThrownBy(() -> CustomResources.validate(custom("ScheduledBackup", "models-db-daily",
                b -> Node.map(b, "spec.cluster").put("name", "model-db")), Kustomize.prod()))
                .hasMessageContaining("names no Cluster");
    }

    @Test
    void unknownFieldsAreRejectedAtAnyDepth() {
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> d.put("extra", true))))
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d ->
                container(d).put("readinessprobe", Map.of("httpGet", Map.of("path", "/q/health/ready", "port", "http"))))))
                .hasMessageContaining("readinessprobe");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d ->
                Node.map(container(d), "securityContext").put("readOnlyRootFS", true))))
                .hasMessageContaining("readOnlyRootFS");
    }

    @Test
    void wrongTypesAreRejected() {
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> Node.map(d, "spec").put("replicas", "two"))))
                .hasMessageContaining("two");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> container(d).put("image", 5))))
                .hasMessageContaining("image must be a string");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d ->
                Node.map(container(d), "securityContext").put("readOnlyRootFilesystem", "yes"))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> container(d).put("ports", Map.of("containerPort", 8091)))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void missingRequiredFieldsAreRejected() {
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> Node.map(d, "spec").remove("selector"))))
                .hasMessageContaining("selector");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> container(d).remove("name"))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> Node.map(d, "metadata").remove("name"))))
                .hasMessageContaining("metadata.name");
    }

    @Test
    void unknownKindsAndApiVersionsAreRejected() {
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> d.put("kind", "Deploymnet"))))
                .hasMessageContaining("Deploymnet");
        assertThatThrownBy(() -> KubernetesSchema.validate(deployment(d -> d.put("apiVersion", "example.com/v1"))))
                .hasMessageContaining("not a built-in");
    }

    @Test
    void brokenStrimziObjectsAreRejected() {
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaTopic", "fw.catalog.v1",
                t -> Node.map(t, "spec").remove("partitions")), Kustomize.prod())).hasMessageContaining("partitions");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaTopic", "fw.catalog.v1",
                t -> Node.map(t, "spec").put("replicas", "3")), Kustomize.prod())).hasMessageContaining("replicas");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaTopic", "fw.catalog.v1",
                t -> Node.map(t, "spec").put("retention", "forever")), Kustomize.prod())).hasMessageContaining("retention");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaTopic", "fw.catalog.v1",
                t -> Node.map(t, "metadata.labels").put("strimzi.io/cluster", "other")), Kustomize.prod()))
                .hasMessageContaining("names no Kafka");
        assertThatThrownBy(() -> CustomResources.validate(custom("Kafka", "fw-kafka",
                k -> Node.maps(k, "spec.kafka.listeners").get(0).remove("tls")), Kustomize.prod())).hasMessageContaining("tls");
        assertThatThrownBy(() -> CustomResources.validate(custom("Kafka", "fw-kafka",
                k -> Node.maps(k, "spec.kafka.listeners").get(0).put("networkPolicyPeers",
                        List.of(Map.of("podSelecter", Map.of())))), Kustomize.prod())).hasMessageContaining("podSelecter");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaNodePool", "dual-role",
                p -> Node.map(p, "spec").put("roles", List.of("broker", "zookeeper"))), Kustomize.prod()))
                .hasMessageContaining("roles");
        assertThatThrownBy(() -> CustomResources.validate(custom("KafkaNodePool", "dual-role",
                p -> Node.map(p, "spec").remove("storage")), Kustomize.prod())).hasMessageContaining("storage");
    }

    @Test
    void brokenCloudNativePgObjectsAreRejected() {
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec").remove("instances")), Kustomize.prod())).hasMessageContaining("instances");
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec.bootstrap.initdb").remove("owner")), Kustomize.prod())).hasMessageContaining("owner");
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec").put("instance", 3)), Kustomize.prod())).hasMessageContaining("instance");
        assertThatThrownBy(() -> CustomResources.validate(custom("Cluster", "models-db",
                c -> Node.map(c, "spec.resources").put("limit", Map.of())), Kustomize.prod())).hasMessageContaining("limit");
    }

    private static Map<String, Object> deployment(Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> copy = deepCopy(Kustomize.prod().get("Deployment", "models-service"));
        breakIt.accept(copy);
        return copy;
    }

    private static Map<String, Object> custom(String kind, String name, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> copy = deepCopy(Kustomize.prod().get(kind, name));
        breakIt.accept(copy);
        return copy;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return Node.maps(deployment, "spec.template.spec.containers").get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }
}
