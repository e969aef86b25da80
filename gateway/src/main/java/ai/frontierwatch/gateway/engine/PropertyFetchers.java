package ai.frontierwatch.gateway.engine;

import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Set;

/**
 * Chooses how the engine reads a plain property of a schema object (a record component such as
 * {@code LeaderboardEntry.rank}), loaded by the engine through {@code META-INF/services}.
 *
 * <p>The engine's own property fetcher prepares a full request context for every property it reads: it clones the
 * context, renders the field's path and builds its selection set twice as JSON. Only resolvers that ask for that
 * context need it, and plain properties never do; on the benchmark page (300 leaderboard entries of a dozen
 * properties each) this preparation was most of the gateway's work per request. Properties whose value the
 * engine must convert or adapt (formatted dates and numbers, adapters, maps, optionals) keep the engine's
 * fetcher, so what they answer does not change.
 */
public class PropertyFetchers implements DataFetcherService {

    /**
     * Scalars the engine writes as they are when no format is given (its number conversion for output is the
     * identity); dates, UUIDs, URLs and the like are converted and keep the engine's fetcher.
     */
    private static final Set<String> UNCHANGED_SCALARS = Set.of(String.class.getName(), Boolean.class.getName(),
            "boolean", Integer.class.getName(), "int", Long.class.getName(), "long", Double.class.getName(), "double",
            Float.class.getName(), "float", Short.class.getName(), "short", Byte.class.getName(), "byte",
            java.math.BigInteger.class.getName(), java.math.BigDecimal.class.getName());

    /** Before the engine's defaults; this service answers only for properties, so order matters only there. */
    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return isPlain(field) ? new PropertyFetcher<>(field, owner) : new FieldDataFetcher<>(field, type, owner);
    }

    /**
     * True when the engine would hand the property's value on unchanged: no scalar conversion but the identity, no format, no adapter, and at
     * most one level of list around it.
     */
    static boolean isPlain(Field field) {
        Reference reference = field.getReference();
        boolean convertedScalar = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName())
                && !UNCHANGED_SCALARS.contains(reference.getClassName());
        boolean adapted = field.isAdaptingTo() || field.isAdaptingWith() || reference.isAdaptingTo()
                || reference.isAdaptingWith();
        boolean plainWrapper = !field.hasWrapper()
                || field.getWrapper().isCollection() && !field.getWrapper().hasWrapper();
        return !convertedScalar && !adapted && !field.hasTransformation() && plainWrapper;
    }
}
