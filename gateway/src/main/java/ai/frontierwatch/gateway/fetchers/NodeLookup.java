package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.schema.GlobalId;
import ai.frontierwatch.gateway.schema.GlobalId.NodeType;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.Node;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * Objects by global id, through the lookups every other relation uses (and their caches): one batched call per type
 * asked for, whatever the number of ids.
 */
@ApplicationScoped
public class NodeLookup {

    private final CatalogLookup catalog;
    private final ModelLookup models;
    private final ArticleLookup articles;

    public NodeLookup(CatalogLookup catalog, ModelLookup models, ArticleLookup articles) {
        this.catalog = catalog;
        this.models = models;
        this.articles = articles;
    }

    /** The objects of these ids that exist, by id. */
    public Map<GlobalId, Node> find(List<GlobalId> ids) throws GraphQLException {
        Map<NodeType, Set<String>> byType = ids.stream().collect(Collectors.groupingBy(GlobalId::type,
                () -> new EnumMap<>(NodeType.class), Collectors.mapping(GlobalId::localId, Collectors.toSet())));
        Map<GlobalId, Node> found = new HashMap<>();
        for (var entry : byType.entrySet()) {
            NodeType type = entry.getKey();
            Map<String, ? extends Node> some = switch (type) {
                case Model -> models.models(entry.getValue());
                case Vendor -> catalog.vendors(entry.getValue());
                case Benchmark -> catalog.benchmarks(entry.getValue());
                case Article -> articles.byIds(entry.getValue());
                case DiscoveredModel -> models.discovered(entry.getValue()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> InsightMapping.discovered(e.getValue())));
            };
            // keyed by the object's own id: a slug that a service also resolves does not find an object
            some.forEach((localId, node) -> found.put(new GlobalId(type, localId), node));
        }
        return found;
    }
}
