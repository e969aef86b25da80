package ai.frontierwatch.gateway.engine;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Replaces some of the engine's field fetchers as the schema is built: the one hook SmallRye GraphQL offers where
 * every field and its fetcher are known. Subclasses are loaded by the engine through {@code META-INF/services} and
 * are always on.
 */
public abstract class FetcherRewrite implements EventingService {

    /** No switch: the schema is always built this way. */
    @Override
    public final String getConfigKey() {
        return null;
    }

    @Override
    public final GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema draft = builder.build();
        GraphQLCodeRegistry registry = draft.getCodeRegistry();
        GraphQLCodeRegistry.Builder rewritten = GraphQLCodeRegistry.newCodeRegistry(registry);
        rewrite(draft, registry, rewritten);
        return builder.codeRegistry(rewritten.build());
    }

    /** Sets in {@code out} the fetchers that replace the engine's ones of {@code registry}. */
    protected abstract void rewrite(GraphQLSchema draft, GraphQLCodeRegistry registry, GraphQLCodeRegistry.Builder out);
}
