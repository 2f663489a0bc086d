package cn.gonghui.platform.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each path of the API answers, for the {@code Allow} header a 405 must carry
 * (RFC 9110); the JAX-RS runtime knows but does not say. Read once from the resource classes.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    void read(@Observes StartupEvent started, BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                addRoutes(bean.getBeanClass(), root.value());
            }
        }
    }

    /** The methods answered at {@code path}, as the value of an {@code Allow} header. */
    public String allowedAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return String.join(", ", methods);
    }

    private void addRoutes(Class<?> resource, String root) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(toPattern(join(root, sub == null ? "" : sub.value())), httpMethod));
            }
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code /api/v1/stations/{id}} matches any single segment where the template has a parameter. */
    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
