package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an oversized body with a problem+json 413: by its declared length before a byte of it
 * is read, and, for a body sent in chunks with no length, as soon as reading it passes the
 * limit. JSON bodies get a far smaller limit than uploads: nothing we accept as JSON is large,
 * and a large one is an attack or a bug.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** After the CORS filter and RequestShape (see RequestShape.PRIORITY). */
    static final int PRIORITY = RequestShape.PRIORITY - 10;

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
        long limit = limitFor(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (declared > limit) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.write(context, tooLarge(limit));
            return;
        }
        context.next();
    }

    @ServerRequestFilter
    void boundUndeclaredBodies(ContainerRequestContext request) {
        if (request.hasEntity() && request.getLength() < 0) {
            long limit = limitFor(request.getHeaderString(HttpHeaders.CONTENT_TYPE.toString()));
            request.setEntityStream(new BoundedStream(request.getEntityStream(), limit));
        }
    }

    private long limitFor(String contentType) {
        return isJson(contentType) ? maxJsonBody : maxBody;
    }

    private static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "PAYLOAD_TOO_LARGE", limit).with("maxBytes", limit);
    }

    /** Counts what is read and stops at the limit. */
    private static final class BoundedStream extends FilterInputStream {

        private final long limit;
        private long read;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
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
