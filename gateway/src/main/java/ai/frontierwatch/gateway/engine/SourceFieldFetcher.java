package ai.frontierwatch.gateway.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;

/**
 * Hands one parent of a batched relation (a {@code @Source List<…>} resolver without arguments, such as
 * {@code LeaderboardEntry.model}) to the relation's data loader, and nothing else.
 *
 * <p>The engine's own fetcher for such a field prepares a full request context and fires data-fetch events for every
 * parent, 300 times for a 300-entry leaderboard, although the loader prepares the context once for the whole
 * batch. Relations with arguments keep the engine's fetcher, which also converts the arguments.
 */
final class SourceFieldFetcher implements DataFetcher<Object> {

    /** The keys under which the engine's batch loader reads what each parent passes it. */
    static final String ARGUMENTS = "arguments";
    static final String ENVIRONMENT = "dataFetchingEnvironment";

    private final String loaderName;

    SourceFieldFetcher(String loaderName) {
        this.loaderName = loaderName;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
        Map<String, Object> keyContext = new HashMap<>(4);
        keyContext.put(ARGUMENTS, List.of());
        keyContext.put(ENVIRONMENT, environment);
        return loader.load(environment.getSource(), keyContext);
    }
}
