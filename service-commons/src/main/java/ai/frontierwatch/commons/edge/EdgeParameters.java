package ai.frontierwatch.commons.edge;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.contracts.InputRules;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query and path parameter of every service, checked before the resource method runs: each value (and each
 * part of a comma-separated list) must be a parameter by {@link InputRules#parameter}, and a parameter the method
 * takes as a number or a boolean must be one. A value that is not is answered 400 problem+json naming the
 * parameter, so no bad value reaches a query, a parser or the database (where a NUL, for one, fails as a 500).
 */
public class EdgeParameters {

    /** What a resource method's typed parameters must look like, found once per method. */
    private final Map<Method, Map<String, Kind>> typed = new ConcurrentHashMap<>();

    enum Kind {
        INTEGER("an integer of at most 9 digits", "-?\\d{1,9}"),
        LONG("an integer of at most 18 digits", "-?\\d{1,18}"),
        BOOLEAN("true or false", "(?i)true|false");

        final String what;
        final String pattern;

        Kind(String what, String pattern) {
            this.what = what;
            this.pattern = pattern;
        }
    }

    @ServerRequestFilter
    public void check(UriInfo uri, ResourceInfo resource) {
        Map<String, Kind> kinds = resource == null || resource.getResourceMethod() == null ? Map.of()
                : typed.computeIfAbsent(resource.getResourceMethod(), EdgeParameters::kinds);
        check(uri.getPathParameters(true), kinds);
        check(uri.getQueryParameters(true), kinds);
    }

    private static void check(MultivaluedMap<String, String> parameters, Map<String, Kind> kinds) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Kind kind = kinds.get(name);
            for (String value : parameter.getValue()) {
                for (String part : value.split(",", -1)) {
                    InputRules.parameter(part).ifPresent(reason -> {
                        throw ProblemException.invalidParameter(name, reason);
                    });
                }
                if (kind != null && !value.isEmpty() && !value.strip().matches(kind.pattern)) {
                    throw ProblemException.invalidParameter(name, "must be " + kind.what + ", not '" + value + "'");
                }
            }
        }
    }

    /** The method's query and path parameters (its own and its bean parameters' fields) typed as number or boolean. */
    private static Map<String, Kind> kinds(Method method) {
        Map<String, Kind> kinds = new HashMap<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        add(kinds, f, f.getType());
                    }
                }
            } else {
                add(kinds, p, p.getType());
            }
        }
        return kinds;
    }

    private static void add(Map<String, Kind> kinds, AnnotatedElement element, Class<?> type) {
        String name = element.isAnnotationPresent(QueryParam.class) ? element.getAnnotation(QueryParam.class).value()
                : element.isAnnotationPresent(PathParam.class) ? element.getAnnotation(PathParam.class).value() : null;
        Kind kind = type == Integer.class || type == int.class || type == Short.class || type == short.class
                ? Kind.INTEGER
                : type == Long.class || type == long.class ? Kind.LONG
                : type == Boolean.class || type == boolean.class ? Kind.BOOLEAN : null;
        if (name != null && kind != null) {
            kinds.put(name, kind);
        }
    }
}
