package ai.frontierwatch.gateway.engine;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import org.eclipse.microprofile.graphql.Type;

/**
 * Resolves the object type of an interface's value (a {@code Node}) in the schema being served. The engine's own
 * resolver answers with the object type it made before the schema was rebuilt ({@link FetcherRewrite}), and the
 * executor matches fragments ({@code ... on Model}) by identity, so their fields would be left out.
 */
public class InterfaceTypes extends FetcherRewrite {

    private static final TypeResolver BY_CLASS = environment -> {
        Object value = environment.getObject();
        Type type = value.getClass().getAnnotation(Type.class);
        GraphQLObjectType object = environment.getSchema()
                .getObjectType(type != null && !type.value().isEmpty() ? type.value() : value.getClass().getSimpleName());
        if (object == null) {
            throw new IllegalStateException("no object type for " + value.getClass().getName());
        }
        return object;
    };

    @Override
    protected void rewrite(GraphQLSchema draft, GraphQLCodeRegistry registry, GraphQLCodeRegistry.Builder out) {
        for (var type : draft.getAllTypesAsList()) {
            if (type instanceof GraphQLInterfaceType face && !face.getName().startsWith("__")) {
                out.typeResolver(face, BY_CLASS);
            }
        }
    }
}
