package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized body by its declared length, before a byte of it is read, with a
 * problem+json 413. JSON bodies get a far smaller limit than uploads: nothing we accept as JSON
 * is large, and a large one is an attack or a bug.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final int PRIORITY = RequestIdFilter.PRIORITY - 10;

    private final RouteProblems problems;
    private final long maxJsonBody;
    private final long maxBody;

    public BodySizeLimit(RouteProblems problems, HttpLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.problems = problems;
        this.maxJsonBody = limits.maxJsonBody().asLongValue();
        this.maxBody = maxBody.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        long limit = isJson(context.request().getHeader(HttpHeaders.CONTENT_TYPE)) ? maxJsonBody : maxBody;
        if (declared > limit) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.write(context, new ApiProblem(413, "PAYLOAD_TOO_LARGE", limit).with("maxBytes", limit));
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }
}
