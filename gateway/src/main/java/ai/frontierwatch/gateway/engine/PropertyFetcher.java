package ai.frontierwatch.gateway.engine;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Reads one plain property (accessor method or public field) of the parent object, and nothing else. */
final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final Field field;
    private final Reference owner;
    /** Resolved on first use: the owner's class is not loadable while the schema is being built. */
    private volatile MethodHandle getter;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source == null) {
            return null;
        }
        try {
            return (T) getter().invoke(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new GraphQLException(t);
        }
    }

    private MethodHandle getter() {
        MethodHandle current = getter;
        if (current == null) {
            current = lookup();
            getter = current;
        }
        return current;
    }

    private MethodHandle lookup() {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = field.getMethodName() == null
                    ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                    : lookup.unreflect(type.getMethod(field.getMethodName()));
            return handle.asType(MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new GraphQLException("cannot read " + owner.getClassName() + "." + field.getName(), e);
        }
    }
}
