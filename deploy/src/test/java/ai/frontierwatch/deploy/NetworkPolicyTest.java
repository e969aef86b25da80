package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.TrafficModel;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.ServiceModule;
import ai.frontierwatch.deploy.support.TrafficModel.Pod;
import ai.frontierwatch.deploy.support.TrafficModel.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The NetworkPolicies allow exactly the traffic of the architecture, in both overlays. */
class NetworkPolicyTest {

    private static final List<String> SERVICES = List.of("gateway", "models-service", "articles-service", "insights-service");
    private static final List<String> DATABASES = List.of("models-db", "articles-db", "insights-db", "gateway-db");

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theAllowedConnectionsAreExactlyTheArchitecturesEdges(Manifests rendered) {
        Set<String> expected = new TreeSet<>(List.of(
                "ingress-controller -> gateway:8080/TCP",
                "gateway -> models-service:8091/TCP",
                "gateway -> articles-service:8092/TCP",
                "gateway -> insights-service:8093/TCP",
                "insights-service -> models-service:8091/TCP",
                "insights-rebuild -> insights-service:8093/TCP",
                "models-service -> models-db:5432/TCP",
                "articles-service -> articles-db:5432/TCP",
                "insights-service -> insights-db:5432/TCP",
                "gateway -> gateway-db:5432/TCP"));
        for (String service : SERVICES) {
            expected.add(service + " -> fw-kafka/dual-role:9093/TCP");
        }
        // Operators' console tools, run in a Kafka pod.
        expected.add("fw-kafka/dual-role -> fw-kafka/dual-role:9093/TCP");
        List<String> withDns = new ArrayList<>(SERVICES);
        withDns.add("insights-rebuild");
        for (String pod : withDns) {
            expected.add(pod + " -> kube-dns:53/UDP");
            expected.add(pod + " -> kube-dns:53/TCP");
        }
        for (String database : DATABASES) {
            for (String source : List.of(database, "cnpg-operator")) {
                expected.add(source + " -> " + database + ":5432/TCP");
                expected.add(source + " -> " + database + ":8000/TCP");
            }
        }
        for (String database : DATABASES) {
            expected.add("prometheus -> " + database + ":9187/TCP");
        }
        for (String service : SERVICES) {
            expected.add("prometheus -> " + service + ":" + ServiceModule.of(service).httpPort() + "/TCP");
        }
        if (rendered == Kustomize.prod()) {
            expected.add("prometheus -> fw-kafka/dual-role:9404/TCP");
        }
        assertThat(new TrafficModel(rendered, Kustomize.rebuildJob()).edges()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aDefaultDenyPolicyIsolatesEveryPodOfTheNamespaceInBothDirections(Manifests rendered) {
        Map<String, Object> deny = rendered.get("NetworkPolicy", "default-deny");
        assertThat(Node.map(deny, "spec")).containsOnlyKeys("podSelector", "policyTypes")
                .containsEntry("podSelector", Map.of());
        assertThat(Node.list(deny, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        TrafficModel model = new TrafficModel(rendered, Kustomize.rebuildJob());
        for (Pod pod : model.pods()) {
            if ("frontier-watch".equals(pod.namespace())) {
                assertThat(model.isolated(pod, "Ingress") && model.isolated(pod, "Egress")).as(pod.id()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void operatorManagedPodsReachTheKubernetesApiAndTheObjectStoreButApplicationsReachNothingOutside(Manifests rendered) {
        TrafficModel model = new TrafficModel(rendered, Kustomize.rebuildJob());
        Pod outside = model.pod("outside-cluster");
        for (String id : List.of("models-db", "articles-db", "insights-db", "gateway-db", "fw-kafka/dual-role")) {
            assertThat(model.allowed(model.pod(id), outside, new Port(443, "TCP"))).as(id + " -> API/object store").isTrue();
            assertThat(model.allowed(model.pod(id), outside, new Port(6443, "TCP"))).as(id + " -> API").isTrue();
            assertThat(model.allowed(model.pod(id), outside, new Port(5432, "TCP"))).as(id + " -> elsewhere").isFalse();
            assertThat(model.allowed(model.pod(id), model.pod("stranger-in-namespace"), new Port(8080, "TCP"))).isFalse();
        }
        Pod operator = model.pod("strimzi-operator");
        assertThat(model.allowed(operator, outside, new Port(6443, "TCP"))).as("Strimzi operator -> API").isTrue();
        assertThat(model.allowed(operator, model.pod("models-db"), new Port(5432, "TCP"))).isFalse();
        for (String db : DATABASES) {
            for (String other : DATABASES) {
                assertThat(model.allowed(model.pod(db), model.pod(other), new Port(5432, "TCP")))
                        .as(db + " replicates from " + other).isEqualTo(db.equals(other));
            }
        }
        for (Pod pod : model.pods()) {
            if (pod.application()) {
                for (Port port : outside.ports()) {
                    assertThat(model.allowed(pod, outside, port)).as(pod.id() + " -> outside " + port).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyApplicationPodIsIsolatedInBothDirectionsAndEveryDatabaseAndBrokerForIngress(Manifests rendered) {
        TrafficModel model = new TrafficModel(rendered, Kustomize.rebuildJob());
        for (Pod pod : model.pods()) {
            if (pod.application()) {
                assertThat(model.isolated(pod, "Ingress")).as(pod.id() + " ingress").isTrue();
                assertThat(model.isolated(pod, "Egress")).as(pod.id() + " egress").isTrue();
            } else if (pod.ours()) {
                assertThat(model.isolated(pod, "Ingress")).as(pod.id() + " ingress").isTrue();
            }
        }
        assertThat(model.pods().stream().filter(Pod::ours).map(Pod::id)).containsExactlyInAnyOrder(
                "gateway", "models-service", "articles-service", "insights-service", "insights-rebuild",
                "models-db", "articles-db", "insights-db", "gateway-db", "fw-kafka/dual-role");
    }
}
