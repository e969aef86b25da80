package ai.frontierwatch.gateway.schema;

import ai.frontierwatch.gateway.schema.CatalogTypes.Benchmark;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Relay-style connections for the lists that are paged. */
public final class Connections {

    private Connections() {
    }

    @Type("PageInfo")
    @Description("Where a page stands in its list.")
    public record PageInfo(
            @NonNull @Description("Whether more items follow") Boolean hasNextPage,
            @Description("Cursor of the last item; pass it as `after` for the next page") String endCursor) {
    }

    @Type("ModelEdge")
    public record ModelEdge(@NonNull Model node, @NonNull @Description("Opaque position of this item") String cursor) {
    }

    @Type("ModelConnection")
    @Description("A page of models.")
    public record ModelConnection(@NonNull List<@NonNull ModelEdge> edges, @NonNull PageInfo pageInfo) {
    }

    @Type("BenchmarkEdge")
    public record BenchmarkEdge(@NonNull Benchmark node, @NonNull @Description("Opaque position of this item") String cursor) {
    }

    @Type("BenchmarkConnection")
    @Description("A page of benchmarks.")
    public record BenchmarkConnection(@NonNull List<@NonNull BenchmarkEdge> edges, @NonNull PageInfo pageInfo) {
    }
}
