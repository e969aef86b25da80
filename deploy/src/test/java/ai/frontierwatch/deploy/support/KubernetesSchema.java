package ai.frontierwatch.deploy.support;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict offline validation of built-in Kubernetes objects against the API schema, using the model
 * classes of the official Java client: its Gson adapters reject unknown fields, missing required
 * fields and values that cannot be read as the declared type. On top of that, every scalar must
 * already have the JSON type the schema declares (the adapters would quietly read 5 as "5").
 */
public final class KubernetesSchema {

    /** API groups whose objects are validated here; anything else must be a known custom resource. */
    public static final Set<String> BUILT_IN_GROUPS = Set.of(
            "", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io");

    private static final Gson GSON = JSON.getGson();
    private static final Gson PLAIN = new Gson();

    private KubernetesSchema() {
    }

    public static boolean isBuiltIn(Map<String, Object> object) {
        String apiVersion = Node.str(object, "apiVersion");
        return apiVersion != null && BUILT_IN_GROUPS.contains(group(apiVersion));
    }

    /** Validates a whole object (apiVersion and kind pick the schema); throws AssertionError on a fault. */
    public static Object validate(Map<String, Object> object) {
        String apiVersion = Node.str(object, "apiVersion");
        String kind = Node.str(object, "kind");
        if (apiVersion == null || kind == null) {
            throw new AssertionError("object without apiVersion/kind: " + object);
        }
        if (!BUILT_IN_GROUPS.contains(group(apiVersion))) {
            throw new AssertionError(apiVersion + " " + kind + " is not a built-in Kubernetes API");
        }
        Object model = validate(object, modelClass(apiVersion, kind), apiVersion + " " + kind);
        if (Node.str(object, "metadata.name") == null) {
            throw new AssertionError(kind + " without metadata.name");
        }
        return model;
    }

    /** Validates a fragment (e.g. an affinity embedded in a custom resource) against one model class. */
    public static <T> T validate(Object fragment, Class<T> type, String what) {
        JsonElement json = PLAIN.toJsonTree(fragment);
        T model;
        try {
            model = GSON.fromJson(json, type);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " does not match the Kubernetes API schema: " + e.getMessage(), e);
        }
        if (model == null) {
            throw new AssertionError(what + " is empty");
        }
        checkTypes(json, model, what);
        return model;
    }

    public static Class<?> modelClass(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String className = "io.kubernetes.client.openapi.models.V" + version.substring(1) + kind;
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("unknown Kubernetes API " + apiVersion + " " + kind + " (no " + className + ")");
        }
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Walks the JSON and the model it produced side by side and compares scalar types. */
    private static void checkTypes(JsonElement json, Object model, String path) {
        if (json == null || json.isJsonNull() || model == null) {
            return;
        }
        if (model instanceof Quantity || model instanceof IntOrString) {
            require(json.isJsonPrimitive() && !json.getAsJsonPrimitive().isBoolean(), path, "a number or string", json);
        } else if (model instanceof String || model instanceof OffsetDateTime || model instanceof byte[]) {
            require(json.isJsonPrimitive() && json.getAsJsonPrimitive().isString(), path, "a string", json);
        } else if (model instanceof Number) {
            require(json.isJsonPrimitive() && json.getAsJsonPrimitive().isNumber(), path, "a number", json);
        } else if (model instanceof Boolean) {
            require(json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean(), path, "a boolean", json);
        } else if (model instanceof List<?> list) {
            require(json.isJsonArray(), path, "a list", json);
            for (int i = 0; i < list.size(); i++) {
                checkTypes(json.getAsJsonArray().get(i), list.get(i), path + "[" + i + "]");
            }
        } else if (model instanceof Map<?, ?> map) {
            require(json.isJsonObject(), path, "a map", json);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                checkTypes(json.getAsJsonObject().get(String.valueOf(e.getKey())), e.getValue(), path + "." + e.getKey());
            }
        } else if (model.getClass().getName().startsWith("io.kubernetes.client.openapi.models.")) {
            require(json.isJsonObject(), path, "an object", json);
            JsonObject object = json.getAsJsonObject();
            for (Field field : model.getClass().getDeclaredFields()) {
                SerializedName name = field.getAnnotation(SerializedName.class);
                if (name != null && object.has(name.value())) {
                    field.setAccessible(true);
                    try {
                        checkTypes(object.get(name.value()), field.get(model), path + "." + name.value());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    private static void require(boolean ok, String path, String expected, JsonElement actual) {
        if (!ok) {
            String shown = actual instanceof JsonPrimitive p && p.isString() ? "\"" + p.getAsString() + "\"" : actual.toString();
            throw new AssertionError(path + " must be " + expected + ", is " + shown);
        }
    }
}
