package ai.frontierwatch.gateway.engine;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import org.jboss.logging.Logger;

/**
 * Swaps the engine's per-parent fetcher of every batched relation without arguments for {@link SourceFieldFetcher}
 * as the schema is built (loaded by the engine through {@code META-INF/services}, always on). The data loaders, the
 * batch resolvers and everything they see stay the engine's.
 */
public class LeanSchema extends FetcherRewrite {

    private static final Logger LOG = Logger.getLogger(LeanSchema.class);

    @Override
    protected void rewrite(GraphQLSchema draft, GraphQLCodeRegistry registry, GraphQLCodeRegistry.Builder lean) {
        int swapped = 0;
        for (var type : draft.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                if (fetcher instanceof BatchDataFetcher<?> && field.getArguments().isEmpty()) {
                    // the engine names a relation's loader "<parent type>_<field>"
                    lean.dataFetcher(coordinates, new SourceFieldFetcher(object.getName() + "_" + field.getName()));
                    swapped++;
                }
            }
        }
        LOG.debugf("%d batched relations use the lean per-parent fetcher", swapped);
    }
}
