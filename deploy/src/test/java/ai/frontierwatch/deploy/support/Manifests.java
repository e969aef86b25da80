package ai.frontierwatch.deploy.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects one kustomization renders to. */
public record Manifests(String name, List<Map<String, Object>> objects) {

    public List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    public Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(Node.str(o, "metadata.name"))).findFirst();
    }

    public Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + " renders no " + kind + " " + name));
    }

    public static String kind(Map<String, Object> object) {
        return Node.str(object, "kind");
    }

    public static String name(Map<String, Object> object) {
        return Node.str(object, "metadata.name");
    }

    public static String id(Map<String, Object> object) {
        return kind(object) + "/" + name(object);
    }

    /** The single container ("app") of a Deployment or Job pod template. */
    public static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = Node.maps(workload, "spec.template.spec.containers");
        if (containers.size() != 1) {
            throw new AssertionError(id(workload) + " should have exactly one container, has " + containers.size());
        }
        return containers.get(0);
    }
}
