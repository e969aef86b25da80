package ai.frontierwatch.deploy.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a Deployment gives its container: literal values from env and from the
 * ConfigMaps of envFrom or of single keys, secret references written as {@code secret:<name>/<key>}.
 */
public final class Environment {

    private Environment() {
    }

    public static Map<String, String> of(Manifests rendered, Map<String, Object> workload) {
        Map<String, Object> container = Manifests.container(workload);
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> source : Node.maps(container, "envFrom")) {
            String configMap = Node.str(source, "configMapRef.name");
            if (configMap == null) {
                throw new AssertionError(Manifests.id(workload) + ": envFrom only from ConfigMaps, got " + source);
            }
            Node.map(rendered.get("ConfigMap", configMap), "data").forEach((k, v) -> put(env, k, String.valueOf(v), workload));
        }
        for (Map<String, Object> var : Node.maps(container, "env")) {
            String name = Node.str(var, "name");
            if (var.containsKey("value")) {
                put(env, name, Node.str(var, "value"), workload);
            } else if (Node.at(var, "valueFrom.configMapKeyRef") != null) {
                String configMap = Node.str(var, "valueFrom.configMapKeyRef.name");
                Object value = Node.map(rendered.get("ConfigMap", configMap), "data")
                        .get(Node.str(var, "valueFrom.configMapKeyRef.key"));
                if (value == null) {
                    throw new AssertionError(Manifests.id(workload) + ": " + name + " refers to a missing key: " + var);
                }
                put(env, name, String.valueOf(value), workload);
            } else if (Node.at(var, "valueFrom.secretKeyRef") != null) {
                put(env, name, "secret:" + Node.str(var, "valueFrom.secretKeyRef.name") + "/"
                        + Node.str(var, "valueFrom.secretKeyRef.key"), workload);
            } else {
                throw new AssertionError(Manifests.id(workload) + ": unsupported source for " + name + ": " + var);
            }
        }
        return env;
    }

    private static void put(Map<String, String> env, String name, String value, Map<String, Object> workload) {
        if (env.put(name, value) != null) {
            throw new AssertionError(Manifests.id(workload) + " sets " + name + " twice");
        }
    }
}
