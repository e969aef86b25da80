package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.schema.GlobalId;
import ai.frontierwatch.gateway.schema.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Refetching any object by its global id, as Relay clients do. */
@GraphQLApi
public class NodeFetchers {

    /** As many as a page holds. */
    static final int MAX_IDS = PageRequest.MAX_SIZE;

    private final NodeLookup lookup;
    private final Offload offload;

    public NodeFetchers(NodeLookup lookup, Offload offload) {
        this.lookup = lookup;
        this.offload = offload;
    }

    @Query("node")
    @Description("The object of a global id (`globalId` of a Node); null when it no longer exists. An id this API did "
            + "not give out is BAD_USER_INPUT.")
    public CompletionStage<Node> node(@Name("id") @Id @NonNull @Description("A global id") String id) {
        return offload.run(() -> {
            GlobalId global = decode("id", id);
            return lookup.find(List.of(global)).get(global);
        });
    }

    /** Ids as strings: the engine cannot take a list of its ID scalar as an argument. */
    @Query("nodes")
    @Description("The objects of global ids, in the order asked; null for one that no longer exists. An id this API "
            + "did not give out is BAD_USER_INPUT.")
    public CompletionStage<@NonNull List<Node>> nodes(
            @Name("ids") @NonNull @Description("1 to 100 global ids") List<@NonNull String> ids) {
        return offload.run(() -> {
            if (ids.isEmpty() || ids.size() > MAX_IDS) {
                throw new BadUserInputException("ids", "give 1 to " + MAX_IDS + " ids");
            }
            List<GlobalId> globals = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                globals.add(decode("ids[" + i + "]", ids.get(i)));
            }
            var found = lookup.find(globals);
            return globals.stream().map(found::get).toList();
        });
    }

    private static GlobalId decode(String argument, String id) throws BadUserInputException {
        return GlobalId.decode(id).orElseThrow(() -> new BadUserInputException(argument,
                "is not a global id this API gave out"));
    }
}
