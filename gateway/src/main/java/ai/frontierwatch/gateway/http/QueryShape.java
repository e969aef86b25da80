package ai.frontierwatch.gateway.http;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Depth and field count of every operation in a parsed document, fragments expanded, counted as the engine's depth
 * and complexity limits count them (a root field is at depth 1, every field costs 1). The shape of each fragment is
 * worked out once and reused wherever it is spread, so the cost of the count grows with the document's length, not
 * with the size of its expansion: 28 fragments that each spread the next twice expand to 2^28 fields, and are counted
 * in 28 steps. This runs before the schema validation, whose rules walk the expansion, so that such a document is
 * refused before anything expands it. Unknown fragments and fragment cycles count nothing here; validation reports
 * them.
 */
public record QueryShape(int depth, long fields) {

    private static final QueryShape NONE = new QueryShape(0, 0);

    public static QueryShape of(Document document) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        Counter counter = new Counter(fragments);
        int depth = 0;
        long fields = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            QueryShape shape = counter.shape(operation.getSelectionSet());
            depth = Math.max(depth, shape.depth);
            fields = Math.max(fields, shape.fields);
        }
        return new QueryShape(depth, fields);
    }

    /** Why this shape is over the limits (as the engine words it), or empty when it is within them. */
    public java.util.Optional<String> beyond(int maxDepth, int maxFields) {
        if (depth > maxDepth) {
            return java.util.Optional.of("maximum query depth exceeded " + depth + " > " + maxDepth);
        }
        if (fields > maxFields) {
            return java.util.Optional.of("maximum query complexity exceeded " + fields + " > " + maxFields);
        }
        return java.util.Optional.empty();
    }

    /** Shapes relative to the selection set's own level: its deepest field is at depth {@code depth} below it. */
    private static final class Counter {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, QueryShape> known = new HashMap<>();
        private final Set<String> open = new HashSet<>();

        Counter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        QueryShape shape(SelectionSet set) {
            if (set == null) {
                return NONE;
            }
            int depth = 0;
            long fields = 0;
            for (Selection<?> selection : set.getSelections()) {
                QueryShape inner;
                if (selection instanceof Field field) {
                    QueryShape children = shape(field.getSelectionSet());
                    inner = new QueryShape(1 + children.depth, saturated(1, children.fields));
                } else if (selection instanceof InlineFragment inline) {
                    inner = shape(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    inner = fragment(spread.getName());
                } else {
                    continue;
                }
                depth = Math.max(depth, inner.depth);
                fields = saturated(fields, inner.fields);
            }
            return new QueryShape(depth, fields);
        }

        private QueryShape fragment(String name) {
            QueryShape shape = known.get(name);
            if (shape != null) {
                return shape;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !open.add(name)) {
                return NONE;
            }
            shape = shape(definition.getSelectionSet());
            open.remove(name);
            known.put(name, shape);
            return shape;
        }

        private static long saturated(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
