package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.CustomResources;
import ai.frontierwatch.deploy.support.KubernetesSchema;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kustomization renders, and every object it renders is valid for its API. */
class RenderingAndSchemaTest {

    static Stream<Manifests> renderings() {
        return Stream.concat(Stream.of(Kustomize.dev(), Kustomize.prod(), Kustomize.rebuildJob()), Kustomize.restores().stream());
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyObjectIsABuiltInKindValidAgainstTheApiSchemaOrACheckedCustomResource(Manifests rendered) {
        assertThat(rendered.objects()).isNotEmpty();
        for (Map<String, Object> object : rendered.objects()) {
            if (KubernetesSchema.isBuiltIn(object)) {
                KubernetesSchema.validate(object);
            } else {
                assertThat(CustomResources.isCustomResource(object))
                        .as("%s %s is neither built-in nor a checked custom resource", object.get("apiVersion"), Manifests.id(object))
                        .isTrue();
                CustomResources.validate(object, rendered);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void everyNamespacedObjectLandsInTheFrontierWatchNamespaceAndNamesAreUnique(Manifests rendered) {
        for (Map<String, Object> object : rendered.objects()) {
            if (!"Namespace".equals(Manifests.kind(object))) {
                assertThat(Node.str(object, "metadata.namespace")).as(Manifests.id(object)).isEqualTo("frontier-watch");
            }
        }
        assertThat(rendered.objects().stream().map(Manifests::id)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachOverlayDeploysTheWholeSystem(Manifests rendered) {
        Map<String, Long> counts = new TreeMap<>();
        rendered.objects().forEach(o -> counts.merge(Manifests.kind(o), 1L, Long::sum));
        assertThat(counts).containsEntry("Deployment", 4L).containsEntry("Service", 4L)
                .containsEntry("ServiceAccount", 4L).containsEntry("Ingress", 1L)
                .containsEntry("Kafka", 1L).containsEntry("KafkaNodePool", 1L).containsEntry("KafkaTopic", 5L)
                .containsEntry("KafkaUser", 5L)
                .containsEntry("Cluster", 4L).containsEntry("Namespace", 1L).containsKey("NetworkPolicy")
                .containsKey("ConfigMap").doesNotContainKey("Secret");
    }

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }
}
