package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.Selectors;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Pod hardening, wiring between objects, secrets and images, for every workload of every rendering. */
class WorkloadHardeningTest {

    private static final String SENSITIVE = "(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|API_KEY|PRIVATE|JAAS).*";

    static Stream<Manifests> renderings() {
        return Stream.of(Kustomize.dev(), Kustomize.prod(), Kustomize.rebuildJob());
    }

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyPodRunsNonRootReadOnlyUnprivilegedWithoutCapabilitiesOrApiToken(Manifests rendered) {
        for (Map<String, Object> workload : workloads(rendered)) {
            String id = rendered.name() + " " + Manifests.id(workload);
            Map<String, Object> pod = Node.map(workload, "spec.template.spec");
            assertThat(pod).as(id).containsEntry("automountServiceAccountToken", false);
            assertThat(Node.map(pod, "securityContext")).as(id).containsEntry("runAsNonRoot", true)
                    .containsEntry("seccompProfile", Map.of("type", "RuntimeDefault"));
            assertThat((Integer) Node.at(pod, "securityContext.runAsUser")).as(id).isPositive();
            Map<String, Object> container = Manifests.container(workload);
            assertThat(Node.map(container, "securityContext")).as(id)
                    .containsEntry("allowPrivilegeEscalation", false).containsEntry("privileged", false)
                    .containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("capabilities", Map.of("drop", List.of("ALL")));
            for (String kind : List.of("cpu", "memory")) {
                Quantity request = new Quantity(Node.str(container, "resources.requests." + kind));
                Quantity limit = new Quantity(Node.str(container, "resources.limits." + kind));
                assertThat(request.getNumber()).as(id + " " + kind + " request <= limit").isLessThanOrEqualTo(limit.getNumber());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesWriteOnlyToAnEmptyDirTmpReadSecretsReadOnlyAndRunUnderTheirOwnServiceAccount(Manifests rendered) {
        for (Map<String, Object> deployment : rendered.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            List<Map<String, Object>> mounts = Node.maps(Manifests.container(deployment), "volumeMounts");
            Map<String, Map<String, Object>> volumes = new HashMap<>();
            Node.maps(deployment, "spec.template.spec.volumes").forEach(v -> volumes.put(Node.str(v, "name"), v));
            assertThat(mounts).as(name).contains(Map.of("name", "tmp", "mountPath", "/tmp"));
            assertThat(volumes.get("tmp")).as(name).containsKey("emptyDir");
            assertThat(mounts.stream().map(m -> Node.str(m, "name")).toList()).as(name)
                    .containsExactlyInAnyOrderElementsOf(volumes.keySet());
            for (Map<String, Object> mount : mounts) {
                if (!"tmp".equals(mount.get("name"))) {
                    assertThat(mount).as(name + " " + mount.get("name")).containsEntry("readOnly", true);
                    assertThat(volumes.get(Node.str(mount, "name"))).as(name + " " + mount.get("name")).containsKey("secret");
                }
            }
            assertThat(Node.str(deployment, "spec.template.spec.serviceAccountName")).isEqualTo(name);
            assertThat(rendered.get("ServiceAccount", name)).containsEntry("automountServiceAccountToken", false);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSelectsTheHttpPortOfExactlyOneDeploymentAndOnlyTheGatewayIsExposed(Manifests rendered) {
        for (Map<String, Object> service : rendered.ofKind("Service")) {
            Map<String, Object> selector = Map.of("matchLabels", Node.map(service, "spec.selector"));
            assertThat(Node.map(service, "spec.selector")).as(Manifests.id(service)).isNotEmpty();
            List<Map<String, Object>> selected = rendered.ofKind("Deployment").stream()
                    .filter(d -> Selectors.matches(selector, Node.labels(d, "spec.template.metadata.labels"))).toList();
            assertThat(selected).as(Manifests.id(service)).hasSize(1);
            for (Map<String, Object> port : Node.maps(service, "spec.ports")) {
                assertThat(Node.maps(Manifests.container(selected.get(0)), "ports"))
                        .anyMatch(p -> p.get("name").equals(port.get("targetPort")));
            }
        }
        Map<String, Object> ingress = rendered.ofKind("Ingress").get(0);
        List<Map<String, Object>> paths = Node.maps(Node.maps(ingress, "spec.rules").get(0), "http.paths");
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("path", "/graphql");
            assertThat(Node.str(p, "backend.service.name")).isEqualTo("gateway");
            assertThat(Node.str(p, "backend.service.port.name")).isEqualTo("http");
        });
        assertThat(rendered.ofKind("Service")).allMatch(s -> Node.str(s, "spec.type") == null
                || "ClusterIP".equals(Node.str(s, "spec.type")), "no Service is exposed outside the cluster");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theNamespaceEnforcesTheRestrictedPodSecurityStandard(Manifests rendered) {
        assertThat(Node.labels(rendered.get("Namespace", "frontier-watch"), "metadata.labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                .containsEntry("pod-security.kubernetes.io/audit", "restricted")
                .containsEntry("pod-security.kubernetes.io/warn", "restricted");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressServesOnlyHttpsWithTimeoutsForSubscriptionsAndTheGatewaysBodyLimit(Manifests rendered) {
        Map<String, Object> ingress = rendered.get("Ingress", "gateway");
        List<Object> hosts = Node.maps(ingress, "spec.rules").stream().map(r -> r.get("host")).map(Object.class::cast).toList();
        List<Map<String, Object>> tls = Node.maps(ingress, "spec.tls");
        assertThat(tls).as("TLS for every host").singleElement().satisfies(entry -> {
            assertThat(Node.list(entry, "hosts")).containsExactlyInAnyOrderElementsOf(hosts);
            assertThat(Node.str(entry, "secretName")).isEqualTo("gateway-tls");
        });
        Map<String, String> annotations = Node.labels(ingress, "metadata.annotations");
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true")
                .containsEntry("nginx.ingress.kubernetes.io/ssl-redirect", "true");
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/" + timeout)))
                    .as(timeout + ": a subscription's WebSocket stays open without traffic").isGreaterThanOrEqualTo(3600);
        }
        String limit = ai.frontierwatch.deploy.support.ServiceModule.of("gateway").property("quarkus.http.limits.max-body-size", "");
        assertThat(annotations.get("nginx.ingress.kubernetes.io/proxy-body-size")).isEqualToIgnoringCase(limit);
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void noSecretValueIsCommittedCredentialsComeFromGeneratedSecrets(Manifests rendered) throws IOException {
        assertThat(rendered.ofKind("Secret")).isEmpty();
        for (Map<String, Object> configMap : rendered.ofKind("ConfigMap")) {
            assertThat(Node.map(configMap, "data").keySet()).as(Manifests.id(configMap)).noneMatch(k -> k.matches(SENSITIVE));
        }
        for (Map<String, Object> workload : workloads(rendered)) {
            for (Map<String, Object> var : Node.maps(Manifests.container(workload), "env")) {
                if (Node.str(var, "name").matches(SENSITIVE)) {
                    assertThat(Node.at(var, "valueFrom.secretKeyRef")).as(Manifests.id(workload) + " " + var.get("name")).isNotNull();
                }
            }
        }
        for (Map<String, Object> kustomization : kustomizations()) {
            assertThat(kustomization).doesNotContainKey("secretGenerator");
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyImageIsSetThroughKustomizeImagesWithAPinnedTag(Manifests rendered) throws IOException {
        Map<String, String> images = new HashMap<>();
        for (Map<String, Object> kustomization : kustomizations()) {
            for (Map<String, Object> image : Node.maps(kustomization, "images")) {
                images.put(Node.str(image, "newName") + ":" + Node.str(image, "newTag"), Node.str(image, "name"));
            }
        }
        for (Map<String, Object> workload : workloads(rendered)) {
            String image = Node.str(Manifests.container(workload), "image");
            assertThat(images).as(Manifests.id(workload) + " image " + image + " comes from an images: entry").containsKey(image);
            assertThat(image).doesNotEndWith(":latest").matches(".+/.+:[\\w.-]+");
        }
    }

    @Test
    void theSourceManifestsNameImagesOnlyByTheirKustomizeName() throws IOException {
        List<String> names = new ArrayList<>();
        kustomizations().forEach(k -> Node.maps(k, "images").forEach(i -> names.add(Node.str(i, "name"))));
        List<String> raw = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Kustomize.MODULE.resolve("base")),
                Files.walk(Kustomize.MODULE.resolve("jobs")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.strip().startsWith("image: ")) {
                        raw.add(line.strip().substring("image: ".length()));
                    }
                }
            }
        }
        assertThat(raw).hasSize(5).allMatch(names::contains);
    }

    private static List<Map<String, Object>> workloads(Manifests rendered) {
        return rendered.objects().stream().filter(o -> List.of("Deployment", "Job").contains(Manifests.kind(o))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kustomizations() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Kustomize.MODULE, 4)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .filter(f -> !f.toString().contains("/target/")).toList()) {
                all.add((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)));
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        return all;
    }
}
