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
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the matched operation does not declare, naming it and the ones it
 * accepts. JAX-RS would otherwise ignore {@code ?street=desheng} and answer as if no filter had
 * been asked for: a typo that lists everything looks like a right answer. The accepted names are
 * what the operation's {@code @QueryParam}s (directly or in a {@code @BeanParam}) declare, which
 * is also what the contract lists; they are read once per operation. Operations hidden from the
 * contract (the fake WeChat, which imitates someone else's API) are left alone.
 */
@ApplicationScoped
public class UnknownQueryParameters {

    /** What the problem adds beside {@code errors}: the names the operation accepts. */
    public static final String ACCEPTED = "acceptedParameters";

    /** Marks an operation that is not checked; compared by identity. */
    private static final Set<String> NONE_CHECKED = Collections.unmodifiableSet(new TreeSet<>());

    private final ConcurrentMap<Method, Set<String>> acceptedByOperation = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method operation = resource.getResourceMethod();
        Set<String> present = request.getUriInfo().getQueryParameters().keySet();
        if (operation == null || present.isEmpty()) {
            return;
        }
        Set<String> accepted = acceptedByOperation.computeIfAbsent(operation,
                method -> accepted(resource.getResourceClass(), method));
        if (accepted == NONE_CHECKED) {
            return;
        }
        List<FieldError> unknown = new ArrayList<>();
        for (String name : new TreeSet<>(present)) {
            if (!name.isEmpty() && !accepted.contains(name)) {
                unknown.add(FieldError.of(name, "UNKNOWN_PARAMETER"));
            }
        }
        if (!unknown.isEmpty()) {
            String listed = accepted.isEmpty() ? "—" : String.join(", ", accepted);
            String names = unknown.stream().map(FieldError::field).collect(Collectors.joining(", "));
            throw new ApiProblem(400, "UNKNOWN_QUERY_PARAMETER", unknown, names, listed)
                    .with(ACCEPTED, List.copyOf(accepted));
        }
    }

    /** The query parameters {@code method} of {@code resourceClass} declares, sorted. */
    static Set<String> accepted(Class<?> resourceClass, Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null && operation.hidden()) {
            return NONE_CHECKED;
        }
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addDeclared(parameter, parameter.getName(), names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFieldsOf(parameter.getType(), names);
            }
        }
        addFieldsOf(resourceClass, names);
        return Collections.unmodifiableSortedSet(names);
    }

    private static void addFieldsOf(Class<?> type, Set<String> names) {
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
                declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                addDeclared(field, field.getName(), names);
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addFieldsOf(field.getType(), names);
                }
            }
        }
    }

    private static void addDeclared(AnnotatedElement element, String ownName, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            names.add(restQuery.value().isEmpty() ? ownName : restQuery.value());
        }
    }
}
