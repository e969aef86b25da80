package ai.frontierwatch.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One Frontier Watch service as the local stack runs it: its module, default port and database (the gateway's holds
 * the quotas its replicas share).
 *
 * @param database null for a service without a database
 */
public record ServiceSpec(String name, int defaultPort, String database, String portEnv) {

    public static final ServiceSpec MODELS = new ServiceSpec("models-service", 8091, "models", "FW_MODELS_PORT");
    public static final ServiceSpec ARTICLES = new ServiceSpec("articles-service", 8092, "articles", "FW_ARTICLES_PORT");
    public static final ServiceSpec INSIGHTS = new ServiceSpec("insights-service", 8093, "insights", "FW_INSIGHTS_PORT");
    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, "gateway", "FW_GATEWAY_PORT");

    /** In start order: the gateway last, as it fronts the others. */
    public static final List<ServiceSpec> ALL = List.of(MODELS, ARTICLES, INSIGHTS, GATEWAY);

    public Path runnableJar(Path repoDir) {
        return repoDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
