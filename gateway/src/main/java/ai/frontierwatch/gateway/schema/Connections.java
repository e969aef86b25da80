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
    @Description("One model of a page, with its position in the list.")
    public record ModelEdge(@NonNull @Description("The model") Model node,
            @NonNull @Description("Opaque position of this item; pass it as `after` to continue after it") String cursor) {
    }

    @Type("ModelConnection")
    @Description("A page of models.")
    public record ModelConnection(
            @NonNull @Description("The models of this page, in list order; at most `first`") List<@NonNull ModelEdge> edges,
            @NonNull @Description("Whether more follow, and the cursor to continue from") PageInfo pageInfo) {
    }

    @Type("BenchmarkEdge")
    @Description("One benchmark of a page, with its position in the list.")
    public record BenchmarkEdge(@NonNull @Description("The benchmark") Benchmark node,
            @NonNull @Description("Opaque position of this item; pass it as `after` to continue after it") String cursor) {
    }

    @Type("BenchmarkConnection")
    @Description("A page of benchmarks.")
    public record BenchmarkConnection(
            @NonNull @Description("The benchmarks of this page, in list order; at most `first`") List<@NonNull BenchmarkEdge> edges,
            @NonNull @Description("Whether more follow, and the cursor to continue from") PageInfo pageInfo) {
    }
}
