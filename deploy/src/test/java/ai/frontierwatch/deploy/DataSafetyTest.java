package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.Selectors;
import ai.frontierwatch.deploy.support.ServiceModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production's databases are backed up continuously to an object store, on a schedule, and can be restored from it
 * (restore/<cluster> renders a recovery of each); PostgreSQL and Kafka are scraped by Prometheus.
 */
class DataSafetyTest {

    private static final Manifests PROD = Kustomize.prod();

    /** Databases that keep records; the gateway's quota buckets live for minutes and are not worth keeping. */
    private static List<Map<String, Object>> keptDatabases() {
        return PROD.ofKind("Cluster").stream()
                .filter(c -> !"none".equals(Node.labels(c, "metadata.labels").get("frontier-watch/backup"))).toList();
    }

    @Test
    void onlyTheGatewaysQuotaDatabaseGoesWithoutBackups() {
        assertThat(keptDatabases()).extracting(Manifests::name)
                .containsExactlyInAnyOrder("models-db", "articles-db", "insights-db");
        Map<String, Object> quotas = PROD.get("Cluster", "gateway-db");
        assertThat(Node.at(quotas, "spec.backup")).isNull();
        assertThat(PROD.ofKind("ScheduledBackup")).noneMatch(b -> "gateway-db".equals(Node.str(b, "spec.cluster.name")));
    }

    @Test
    void everyDatabaseArchivesToTheObjectStoreWithCredentialsFromASecretAndHasANightlyBaseBackup() {
        List<Map<String, Object>> clusters = keptDatabases();
        assertThat(clusters).hasSize(3);
        for (Map<String, Object> cluster : clusters) {
            String name = Manifests.name(cluster);
            Map<String, Object> store = Node.map(cluster, "spec.backup.barmanObjectStore");
            assertThat(Node.str(store, "destinationPath")).as(name).startsWith("s3://");
            assertThat(Node.map(store, "s3Credentials")).as(name).containsOnlyKeys("accessKeyId", "secretAccessKey")
                    .allSatisfy((key, ref) -> assertThat(Node.str(ref, "name")).isEqualTo("backup-object-store"));
            assertThat(Node.str(cluster, "spec.backup.retentionPolicy")).isEqualTo("30d");
            List<Map<String, Object>> schedules = PROD.ofKind("ScheduledBackup").stream()
                    .filter(b -> name.equals(Node.str(b, "spec.cluster.name"))).toList();
            assertThat(schedules).as(name).singleElement().satisfies(b -> {
                assertThat(Node.str(b, "spec.method")).isEqualTo("barmanObjectStore");
                assertThat(Node.str(b, "spec.schedule")).isEqualTo("0 0 3 * * *");
                assertThat(Node.at(b, "spec.immediate")).isEqualTo(true);
            });
        }
        assertThat(Kustomize.dev().ofKind("ScheduledBackup")).as("dev keeps no backups").isEmpty();
    }

    @Test
    void eachDatabaseRestoresFromItsOwnArchiveIntoTheSameShapeWithoutWritingOverThatArchive() {
        List<Manifests> restores = Kustomize.restores();
        assertThat(restores).hasSameSizeAs(keptDatabases());
        for (Manifests restore : restores) {
            Map<String, Object> restored = restore.ofKind("Cluster").stream().reduce((a, b) -> {
                throw new AssertionError(restore.name() + " restores one cluster");
            }).orElseThrow();
            assertThat(restore.objects()).as(restore.name()).hasSize(1);
            String name = Manifests.name(restored);
            assertThat(restore.name()).isEqualTo("restore/" + name);
            Map<String, Object> original = PROD.get("Cluster", name);
            for (String path : List.of("spec.instances", "spec.imageName", "spec.storage", "spec.resources",
                    "spec.enableSuperuserAccess", "metadata.namespace")) {
                assertThat(Node.at(restored, path)).as(name + " " + path).isEqualTo(Node.at(original, path));
            }
            Map<String, Object> initdb = Node.map(original, "spec.bootstrap.initdb");
            Map<String, Object> recovery = Node.map(restored, "spec.bootstrap.recovery");
            assertThat(recovery).as(name + ": the service's database and owner")
                    .containsEntry("database", initdb.get("database")).containsEntry("owner", initdb.get("owner"));
            Map<String, Object> source = Node.maps(restored, "spec.externalClusters").stream()
                    .filter(c -> c.get("name").equals(recovery.get("source"))).findFirst().orElseThrow();
            Map<String, Object> archive = Node.map(source, "barmanObjectStore");
            Map<String, Object> written = Node.map(original, "spec.backup.barmanObjectStore");
            // The archive the cluster writes: under its own name unless the overlay names another (after a restore).
            assertThat(archive).as(name + ": reads what the cluster wrote")
                    .containsEntry("serverName", written.getOrDefault("serverName", name));
            for (String key : List.of("destinationPath", "endpointURL", "s3Credentials")) {
                assertThat(archive.get(key)).as(name + " " + key).isEqualTo(written.get(key));
            }
            Map<String, Object> ownBackup = Node.map(restored, "spec.backup.barmanObjectStore");
            assertThat(ownBackup.get("destinationPath")).isEqualTo(written.get("destinationPath"));
            assertThat(Node.str(ownBackup, "serverName")).as(name + ": archives apart from the archive it came from")
                    .isNotNull().isNotEqualTo(archive.get("serverName"));
        }
    }

    @Test
    void prometheusScrapesEveryDatabaseInstanceAndKafkaNodeOnTheirMetricsPorts() {
        Map<String, Object> postgresql = PROD.get("PodMonitor", "postgresql");
        for (Map<String, Object> cluster : PROD.ofKind("Cluster")) {
            // Labels CloudNativePG gives every instance pod of a cluster.
            Map<String, String> pod = Map.of("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance");
            assertThat(Selectors.matches(Node.map(postgresql, "spec.selector"), pod)).as(Manifests.name(cluster)).isTrue();
        }
        assertThat(Selectors.matches(Node.map(postgresql, "spec.selector"),
                Map.of("cnpg.io/cluster", "models-db", "cnpg.io/podRole", "pooler"))).isFalse();
        assertThat(Node.maps(postgresql, "spec.podMetricsEndpoints")).extracting(e -> e.get("port")).containsExactly("metrics");

        Map<String, Object> services = PROD.get("PodMonitor", "services");
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> deployment = PROD.get("Deployment", service.name());
            assertThat(Selectors.matches(Node.map(services, "spec.selector"), Node.labels(deployment, "spec.template.metadata.labels")))
                    .as(service.name()).isTrue();
            String path = "/" + service.property("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "") + "/"
                    + service.property("quarkus.micrometer.export.prometheus.path", "metrics").replaceAll("^/", "");
            assertThat(Node.maps(services, "spec.podMetricsEndpoints")).singleElement().satisfies(e -> {
                assertThat(e).containsEntry("path", path);
                assertThat(Node.maps(Manifests.container(deployment), "ports")).extracting(p -> p.get("name")).contains(e.get("port"));
            });
            assertThat(service.text("pom.xml")).as(service.name()).contains("quarkus-micrometer-registry-prometheus");
        }
        Map<String, Object> kafka = PROD.ofKind("Kafka").get(0);
        assertThat(Node.str(kafka, "spec.kafka.metricsConfig.type")).isEqualTo("strimziMetricsReporter");
        Map<String, Object> monitor = PROD.get("PodMonitor", "kafka");
        Map<String, String> broker = Map.of("strimzi.io/cluster", Manifests.name(kafka), "strimzi.io/kind", "Kafka",
                "strimzi.io/name", Manifests.name(kafka) + "-kafka", "strimzi.io/broker-role", "true");
        assertThat(Selectors.matches(Node.map(monitor, "spec.selector"), broker)).isTrue();
        assertThat(Node.maps(monitor, "spec.podMetricsEndpoints")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("port", "tcp-prometheus").containsEntry("path", "/metrics"));
    }
}
