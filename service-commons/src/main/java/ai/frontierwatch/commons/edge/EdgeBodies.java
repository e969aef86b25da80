package ai.frontierwatch.commons.edge;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.InputRules;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Every string of a JSON request body (records, lists, maps and JSON trees, at any depth), checked as a text by
 * {@link InputRules#text} once the body is read and before the resource method runs: a NUL, another C0 control than
 * tab and line ends, or a lone surrogate is answered 400 problem+json naming the field (as {@code sources[1].quote}).
 * Lengths and shapes stay with each field's own constraints. Responses read by REST clients are not touched.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class EdgeBodies implements ReaderInterceptor {

    private static final int MAX_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        check(body, "", 0);
        return body;
    }

    static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String s) {
            checkText(path.isEmpty() ? "body" : path, s);
        } else if (value instanceof JsonNode node) {
            checkTree(node, path, depth);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    check(component.getAccessor().invoke(record), field(path, component.getName()), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getKey(), path, depth + 1);
                check(e.getValue(), field(path, String.valueOf(e.getKey())), depth + 1);
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                check(array[i], path + "[" + i + "]", depth + 1);
            }
        }
    }

    /** A text sent otherwise than as JSON (an uploaded file, a form field), checked by the same rule. */
    public static void checkText(String field, String text) {
        InputRules.text(text).ifPresent(reason -> {
            throw ProblemException.invalidParameter(field, reason);
        });
    }

    private static void checkTree(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isTextual()) {
            check(node.textValue(), path, depth);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getKey(), path, depth + 1);
                checkTree(e.getValue(), field(path, e.getKey()), depth + 1);
            }
        }
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
