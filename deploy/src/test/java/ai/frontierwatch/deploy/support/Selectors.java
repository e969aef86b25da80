package ai.frontierwatch.deploy.support;

import java.util.List;
import java.util.Map;

/** Kubernetes label selectors (matchLabels and matchExpressions); an empty selector matches everything. */
public final class Selectors {

    private Selectors() {
    }

    public static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
        for (Map.Entry<String, String> e : Node.labels(selector, "matchLabels").entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Map<String, Object> expression : Node.maps(selector, "matchExpressions")) {
            String key = Node.str(expression, "key");
            List<Object> values = Node.list(expression, "values");
            boolean ok = switch (Node.str(expression, "operator")) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
