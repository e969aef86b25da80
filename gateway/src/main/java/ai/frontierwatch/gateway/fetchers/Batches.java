package ai.frontierwatch.gateway.fetchers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Helpers for batch resolvers: one downstream call per relation and query level, answers keyed by parent id. */
final class Batches {

    private Batches() {
    }

    /** The distinct, non-null keys of the parents, in first-seen order. */
    static <P> Set<String> keys(Collection<P> parents, Function<P, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            String k = key.apply(parent);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    static <T> Map<String, T> byKey(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    static <T> Map<String, List<T>> groupBy(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** For each parent, the value its key maps to (null when there is none), in the parents' order. */
    static <P, T> List<T> align(List<P> parents, Function<P, String> key, Map<String, T> values) {
        List<T> out = new ArrayList<>(parents.size());
        for (P parent : parents) {
            String k = key.apply(parent);
            out.add(k == null ? null : values.get(k));
        }
        return out;
    }

    /** Like {@link #align} for list-valued relations: an empty list where there is nothing (or no key). */
    static <P, T> List<List<T>> alignLists(List<P> parents, Function<P, String> key, Map<String, List<T>> values) {
        List<List<T>> out = new ArrayList<>(parents.size());
        for (P parent : parents) {
            String k = key.apply(parent);
            out.add(k == null ? List.of() : values.getOrDefault(k, List.of()));
        }
        return out;
    }
}
