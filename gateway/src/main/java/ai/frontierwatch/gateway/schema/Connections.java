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
            @NonNull @Description("Whether more items follow the page. Paging backward on a list that pages one way "
                    + "only, or with an empty page, it may be false where items follow") Boolean hasNextPage,
            @Description("Cursor of the last item; pass it as `after` for the next page; null when the page is empty") String endCursor,
            @NonNull @Description("Whether items come before the page (on `models` and `benchmarks`: exactly; on lists "
                    + "that page forward only: true when the page starts after a cursor); with an empty page it may "
                    + "be false where items come before") Boolean hasPreviousPage,
            @Description("Cursor of the first item; pass it as `before` for the page before it; null when the page is "
                    + "empty") String startCursor) {
    }

    @Type("ModelEdge")
    @Description("One model of a page, with its position in the list.")
    public record ModelEdge(@NonNull @Description("The model") Model node,
            @NonNull @Description("Opaque position of this item; pass it as `after` to continue after it, or as "
                    + "`before` for the items before it") String cursor) {
    }

    @Type("ModelConnection")
    @Description("A page of models.")
    public record ModelConnection(
            @NonNull @Description("The models of this page, in list order (also when paging backward); at most "
                    + "`first` or `last`") List<@NonNull ModelEdge> edges,
            @NonNull @Description("Whether more come before and after, and the cursors to continue from") PageInfo pageInfo,
            @Description("Number of models the filters select in all, the same on every page; exact") Integer totalCount) {
    }

    @Type("BenchmarkEdge")
    @Description("One benchmark of a page, with its position in the list.")
    public record BenchmarkEdge(@NonNull @Description("The benchmark") Benchmark node,
            @NonNull @Description("Opaque position of this item; pass it as `after` to continue after it, or as "
                    + "`before` for the items before it") String cursor) {
    }

    @Type("BenchmarkConnection")
    @Description("A page of benchmarks.")
    public record BenchmarkConnection(
            @NonNull @Description("The benchmarks of this page, in list order (also when paging backward); at most "
                    + "`first` or `last`") List<@NonNull BenchmarkEdge> edges,
            @NonNull @Description("Whether more come before and after, and the cursors to continue from") PageInfo pageInfo,
            @Description("Number of benchmarks the filters select in all, the same on every page; exact") Integer totalCount) {
    }
}
