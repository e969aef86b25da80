package ai.frontierwatch.gateway.http;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Depth and field count of every operation in a validated document, fragments expanded, counted as the engine's
 * depth and complexity limits count them (a root field is at depth 1, every field costs 1). Checked here, the
 * limits are a client error before execution; the engine would otherwise abort the execution.
 */
record QueryShape(int depth, int fields) {

    static QueryShape of(Document document) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        int depth = 0;
        int fields = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            QueryShape shape = of(operation.getSelectionSet(), fragments, 1);
            depth = Math.max(depth, shape.depth);
            fields = Math.max(fields, shape.fields);
        }
        return new QueryShape(depth, fields);
    }

    // Validation has already rejected fragment cycles, so the recursion ends.
    private static QueryShape of(SelectionSet set, Map<String, FragmentDefinition> fragments, int level) {
        int depth = 0;
        int fields = 0;
        if (set == null) {
            return new QueryShape(0, 0);
        }
        for (Selection<?> selection : set.getSelections()) {
            QueryShape inner;
            if (selection instanceof Field field) {
                QueryShape children = of(field.getSelectionSet(), fragments, level + 1);
                inner = new QueryShape(Math.max(level, children.depth), 1 + children.fields);
            } else if (selection instanceof InlineFragment inline) {
                inner = of(inline.getSelectionSet(), fragments, level);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                inner = of(fragments.get(spread.getName()).getSelectionSet(), fragments, level);
            } else {
                continue;
            }
            depth = Math.max(depth, inner.depth);
            fields += inner.fields;
        }
        return new QueryShape(depth, fields);
    }
}
