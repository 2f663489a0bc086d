package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a value of an enumerated query parameter that is not one of the values the contract
 * lists for it, naming the parameter and its allowed values. Without it, each list checked its own
 * filters its own way (a pattern, a lookup, nothing at all), so {@code ?status=nonsense} answered
 * differently from one list to the next. The allowed values are read from the same annotation the
 * contract is generated from ({@code @Parameter(schema = @Schema(enumeration = …))}, or the
 * {@code @Schema} of the type named by {@code implementation}, e.g. a repeatable status list), so
 * the check and the contract cannot disagree.
 */
@ApplicationScoped
public class EnumQueryParameters {

    /** What the problem adds beside {@code errors}: the allowed values of each refused parameter. */
    public static final String ALLOWED = "allowedValues";

    private final ConcurrentMap<Method, Map<String, List<String>>> enumsByOperation = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownValues(ContainerRequestContext request, ResourceInfo resource) {
        Method operation = resource.getResourceMethod();
        Map<String, List<String>> present = request.getUriInfo().getQueryParameters();
        if (operation == null || present.isEmpty()) {
            return;
        }
        Map<String, List<String>> enums = enumsByOperation.computeIfAbsent(operation,
                method -> enumerated(resource.getResourceClass(), method));
        List<FieldError> refused = new ArrayList<>();
        Map<String, List<String>> allowed = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : enums.entrySet()) {
            List<String> values = present.getOrDefault(parameter.getKey(), List.of());
            // an empty value is TextParameters' BLANK, reported there
            if (values.stream().anyMatch(value -> !value.isEmpty() && !parameter.getValue().contains(value))) {
                refused.add(FieldError.of(parameter.getKey(), "NOT_ALLOWED"));
                allowed.put(parameter.getKey(), parameter.getValue());
            }
        }
        if (!refused.isEmpty()) {
            throw ApiProblem.invalidFields(400, "INVALID_QUERY_PARAMETER", refused).with(ALLOWED, allowed);
        }
    }

    /** The enumerated query parameters of {@code method} and their allowed values. */
    static Map<String, List<String>> enumerated(Class<?> resourceClass, Method method) {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            addDeclared(parameter, parameter.getName(), enums);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFieldsOf(parameter.getType(), enums);
            }
        }
        addFieldsOf(resourceClass, enums);
        return Collections.unmodifiableMap(enums);
    }

    private static void addFieldsOf(Class<?> type, Map<String, List<String>> enums) {
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
                declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                addDeclared(field, field.getName(), enums);
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addFieldsOf(field.getType(), enums);
                }
            }
        }
    }

    private static void addDeclared(AnnotatedElement element, String ownName, Map<String, List<String>> enums) {
        String name = queryName(element, ownName);
        Parameter documented = element.getAnnotation(Parameter.class);
        if (name == null || documented == null) {
            return;
        }
        List<String> values = enumeration(documented.schema());
        if (!values.isEmpty()) {
            enums.put(name, values);
        }
    }

    private static String queryName(AnnotatedElement element, String ownName) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            return restQuery.value().isEmpty() ? ownName : restQuery.value();
        }
        return null;
    }

    private static List<String> enumeration(Schema schema) {
        if (schema.enumeration().length > 0) {
            return List.of(schema.enumeration());
        }
        Schema ofType = schema.implementation().getAnnotation(Schema.class);
        return ofType == null ? List.of() : Arrays.asList(ofType.enumeration());
    }
}
