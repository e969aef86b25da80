package ai.frontierwatch.deploy.support;

import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML (maps, lists, scalars) by dotted paths; a missing step yields null. */
public final class Node {

    private Node() {
    }

    /** Value at a dotted path ("spec.template.spec"); keys containing dots cannot be reached this way. */
    public static Object at(Object root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object root, String path) {
        Object value = at(root, path);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object root, String path) {
        Object value = at(root, path);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object root, String path) {
        return list(root, path).stream().map(o -> (Map<String, Object>) o).toList();
    }

    public static String str(Object root, String path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> labels(Object root, String path) {
        return (Map<String, String>) (Map<?, ?>) map(root, path);
    }
}
