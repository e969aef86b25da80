package ai.frontierwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.deploy.support.Environment;
import ai.frontierwatch.deploy.support.Kustomize;
import ai.frontierwatch.deploy.support.Manifests;
import ai.frontierwatch.deploy.support.Node;
import ai.frontierwatch.deploy.support.ServiceModule;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's production settings come from Secrets and ConfigMaps as the gateway reads them: the editor-token key
 * as a file, partner keys as a configuration file Quarkus finds in the working directory, CORS origins from the
 * overlay; only the committed operations run in prod; the GraphQL UI stays inside the cluster; client addresses from the ingress controller's range only; quotas in
 * the gateway's own database.
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
                "Optional<String> sha256()", "int requestsPerMinute()", "boolean revoked()",
                // rotation: fw.gateway.api-keys.<partner>.keys.<name>.sha256 / .revoked
                "Map<String, KeyHash> keys()", "String sha256()");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void forwardedClientAddressesAreBelievedFromTheIngressControllersRangeOnly(Manifests rendered) {
        String config = GATEWAY.text("src/main/java/ai/frontierwatch/gateway/config/GatewayConfig.java");
        String trusted = configName(config, "ClientAddressConfig clientAddress()", "Optional<List<String>> trustedProxies()");
        String header = configName(config, "ClientAddressConfig clientAddress()", "ForwardedHeader forwardedHeader()");
        assertThat(GATEWAY.properties().getProperty(trusted)).as(trusted).contains("FW_TRUSTED_PROXIES");
        assertThat(GATEWAY.properties().getProperty(header)).as(header).contains("FW_FORWARDED_HEADER");
        Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", "gateway"));
        // ingress-nginx (the controller the gateway policy admits) writes X-Forwarded-For, the gateway's default.
        assertThat(env.getOrDefault("FW_FORWARDED_HEADER", GATEWAY.property(header, ""))).isEqualTo("x-forwarded-for");
        if (rendered == Kustomize.prod()) {
            assertThat(env).as("prod: the ingress controller's range").containsKey("FW_TRUSTED_PROXIES");
        }
        if (!env.containsKey("FW_TRUSTED_PROXIES")) {
            return; // nobody's forwarded header is believed
        }
        assertThat(env.get("FW_TRUSTED_PROXIES").split(",")).isNotEmpty().allSatisfy(cidr -> {
            Matcher range = CIDR.matcher(cidr.strip());
            assertThat(range.matches()).as(cidr).isTrue();
            int bits = InetAddress.getByName(range.group(1)).getAddress().length * 8;
            assertThat(Integer.parseInt(range.group(2))).as(cidr + ": a range, never every address").isBetween(8, bits);
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void quotasAreCountedInTheGatewaysOwnDatabaseWhoseOutageDoesNotMakeItUnready(Manifests rendered) {
        Matcher named = Pattern.compile("DATASOURCE = \"([a-z-]+)\"")
                .matcher(GATEWAY.text("src/main/java/ai/frontierwatch/gateway/quota/QuotaStores.java"));
        assertThat(named.find()).isTrue();
        String datasource = "quarkus.datasource." + named.group(1) + ".";
        assertThat(GATEWAY.properties().getProperty(datasource + "jdbc.url")).contains("DB_URL");
        assertThat(GATEWAY.properties().getProperty(datasource + "username")).contains("DB_USER");
        assertThat(GATEWAY.properties().getProperty(datasource + "password")).contains("DB_PASSWORD");
        assertThat(GATEWAY.properties().getProperty(datasource + "jdbc.max-size")).contains("DB_POOL_MAX");
        assertThat(GATEWAY.property(datasource + "health-exclude", "false")).as("fails open, stays ready").isEqualTo("true");
        Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", "gateway"));
        assertThat(env).containsEntry("DB_URL", "jdbc:postgresql://gateway-db-rw:5432/gateway")
                .containsEntry("DB_USER", "secret:gateway-db-app/username");
    }

    private static final Pattern CIDR = Pattern.compile("([0-9.]+|[0-9a-fA-F:]+)/(\\d{1,3})");

    /**
     * The configuration name of a method of a group of GatewayConfig, as SmallRye Config derives it (kebab case), after
     * checking both declarations are in the code.
     */
    private static String configName(String code, String group, String member) {
        assertThat(code).contains(group, member);
        return "fw.gateway." + kebab(group) + "." + kebab(member);
    }

    private static String kebab(String declaration) {
        String method = declaration.substring(declaration.lastIndexOf(' ') + 1, declaration.indexOf('('));
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
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

    @ParameterizedTest
    @MethodSource("overlays")
    void productionRunsOnlyTheCommittedOperations(Manifests rendered) {
        Map<String, String> env = Environment.of(rendered, rendered.get("Deployment", "gateway"));
        String allowList = "fw.graphql.persisted-queries.allow-list-only";
        assertThat(GATEWAY.properties().getProperty(allowList)).as(allowList).contains("FW_GRAPHQL_ALLOW_LIST_ONLY");
        assertThat(env.get("FW_GRAPHQL_ALLOW_LIST_ONLY")).isEqualTo(rendered == Kustomize.prod() ? "true" : null);
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
