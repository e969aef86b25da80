package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Environment;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.ServiceModule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's production settings come from Secrets and ConfigMaps as the gateway reads them: the editor-token key
 * as a file, partner keys as a configuration file Quarkus finds in the working directory, CORS origins from the
 * overlay; the GraphQL UI stays inside the cluster.
 */
class GatewaySettingsTest {

    private static final ServiceModule GATEWAY = ServiceModule.of("gateway");

    static List<Manifests> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theEditorTokenIssuerAndPublicKeyComeFromTheSecretGatewayEditorToken(Manifests rendered) {
        Map<String, Object> deployment = rendered.get("Deployment", "gateway");
        Map<String, String> env = Environment.of(rendered, deployment);
        assertThat(env).containsEntry("FW_JWT_ISSUER", "secret:gateway-editor-token/issuer");
        String location = env.get("FW_JWT_PUBLIC_KEY_LOCATION");
        assertThat(location).startsWith("file:/");
        String path = location.substring("file:".length());
        Map<String, Object> volume = mountedSecret(deployment, path);
        assertThat(Node.str(volume, "secret.secretName")).isEqualTo("gateway-editor-token");
        assertThat(Node.at(volume, "secret.optional")).as("no editor key, no start").isNotEqualTo(true);
        // The properties the variables feed, in the prod profile.
        assertThat(GATEWAY.properties().getProperty("%prod.mp.jwt.verify.publickey.location")).contains("FW_JWT_PUBLIC_KEY_LOCATION");
        assertThat(GATEWAY.properties().getProperty("%prod.mp.jwt.verify.issuer")).contains("FW_JWT_ISSUER");
        assertThat(env).doesNotContainKey("FW_DEV_CREDENTIALS");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void partnerKeysAreAConfigurationFileFromAnOptionalSecretWhereQuarkusLooksForOne(Manifests rendered) {
        Map<String, Object> deployment = rendered.get("Deployment", "gateway");
        Map<String, Object> container = Manifests.container(deployment);
        // Quarkus reads config/application.properties of the working directory (ordinal 260, above application.properties).
        String file = Node.str(container, "workingDir") + "/config/application.properties";
        Map<String, Object> volume = mountedSecret(deployment, file);
        assertThat(Node.str(volume, "secret.secretName")).isEqualTo("gateway-partner-keys");
        assertThat(Node.at(volume, "secret.optional")).as("without partners, anonymous callers only").isEqualTo(true);
        // The settings that file holds are the gateway's partner keys: fw.gateway.api-keys.<partner>.sha256 and quota.
        String config = GATEWAY.text("src/main/java/ai/frontierwatch/gateway/config/GatewayConfig.java");
        assertThat(config).contains("@ConfigMapping(prefix = \"fw.gateway\")", "Map<String, ApiKey> apiKeys()",
                "String sha256()", "int requestsPerMinute()", "boolean revoked()");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void corsOriginsAreHttpsSitesInProdAndTheGraphqlUiIsNotExposed(Manifests rendered) {
        Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", "gateway"));
        assertThat(GATEWAY.properties().getProperty("quarkus.http.cors.origins")).contains("FW_CORS_ORIGINS");
        if (rendered == Kustomize.prod()) {
            assertThat(env.get("FW_CORS_ORIGINS").split(",")).isNotEmpty()
                    .allSatisfy(origin -> assertThat(URI.create(origin.strip()).getScheme()).isEqualTo("https"));
        }
        String ui = "/" + GATEWAY.property("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "") + "/"
                + GATEWAY.property("quarkus.smallrye-graphql.ui.root-path", "graphql-ui").replaceAll("^/", "");
        for (Map<String, Object> rule : Node.maps(rendered.get("Ingress", "gateway"), "spec.rules")) {
            for (Map<String, Object> path : Node.maps(rule, "http.paths")) {
                assertThat(ui).as("the GraphQL UI stays internal").doesNotStartWith(Node.str(path, "path"));
                assertThat("/q/health/ready").doesNotStartWith(Node.str(path, "path"));
            }
        }
    }

    /** The Secret volume (and checks the mount is read-only) that holds a file at this path in the container. */
    private static Map<String, Object> mountedSecret(Map<String, Object> deployment, String path) {
        Map<String, Object> mount = Node.maps(Manifests.container(deployment), "volumeMounts").stream()
                .filter(m -> path.startsWith(Node.str(m, "mountPath") + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
        assertThat(mount).containsEntry("readOnly", true);
        Map<String, Object> volume = Node.maps(deployment, "spec.template.spec.volumes").stream()
                .filter(v -> v.get("name").equals(mount.get("name"))).findFirst().orElseThrow();
        String file = path.substring(Node.str(mount, "mountPath").length() + 1);
        assertThat(Node.maps(volume, "secret.items")).extracting(i -> i.get("path")).contains(file);
        return volume;
    }
}
