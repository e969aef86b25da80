package ai.frontierwatch.gateway.engine;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;

/**
 * Says what the custom scalars hold (format, precision), where the engine only writes "Scalar for Date": clients and
 * code generators read the formats from the schema. Loaded by the engine through {@code META-INF/services}, always on.
 */
public class ScalarDescriptions implements EventingService {

    static final Map<String, String> DESCRIPTIONS = Map.of(
            "Date", "A calendar date, ISO-8601 `YYYY-MM-DD`, e.g. \"2025-12-31\".",
            "DateTime", "A date and time with its UTC offset, ISO-8601, e.g. \"2025-12-31T09:30:00+08:00\".",
            "BigDecimal", "An exact decimal number, as a JSON number, e.g. 2.50.",
            "BigInteger", "A whole number that may exceed 32 bits, as a JSON number, e.g. 1000000000000.");

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                String description = DESCRIPTIONS.get(scalar.getName());
                if (description == null || description.equals(scalar.getDescription())) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, scalar.transform(b -> b.description(description)));
            }
        });
        return GraphQLSchema.newSchema(described);
    }
}
