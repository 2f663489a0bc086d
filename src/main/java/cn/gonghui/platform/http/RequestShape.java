package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.RouteProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Refuses, with a problem+json, requests whose shape the framework would otherwise answer with
 * an empty body or a 500: an address longer than we serve, headers larger than we read, a URI
 * with characters a URI cannot hold or with a broken percent-encoding, and a body without a
 * usable Content-Type. The HTTP layer's own limits (quarkus.http.limits) stay far above ours,
 * so a request between the two gets our answer rather than the bare one of the HTTP decoder.
 */
@ApplicationScoped
public class RequestShape {

    /**
     * After Quarkus's CORS filter (priority 300, FilterBuildItem.CORS), so that a refusal here carries
     * Access-Control-Allow-Origin like every other answer to an allowed origin (CorsTest).
     */
    static final int PRIORITY = 290;
    /** Characters RFC 3986 never allows in a request URI, besides controls and space. */
    private static final String NEVER_IN_URI = "\"#<>\\^`{|}";
    static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final RouteProblems problems;
    private final HttpLimits limits;

    public RequestShape(RouteProblems problems, HttpLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    /**
     * Quarkus refuses a URI that java.net.URI cannot parse before any filter of ours runs, with
     * an empty 400; this switch leaves that check to {@link #problemOf}, which is stricter and
     * answers with a problem. Set before Quarkus starts: by the launcher, and by the build for tests.
     */
    public static void takeOverUriValidation(Properties systemProperties) {
        systemProperties.setProperty(QUARKUS_URI_CHECK_OFF, "true");
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        Optional<ApiProblem> problem = problemOf(context.request());
        if (problem.isPresent()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.write(context, problem.get());
            return;
        }
        context.next();
    }

    Optional<ApiProblem> problemOf(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > limits.maxUriLength()) {
            return Optional.of(new ApiProblem(414, "URI_TOO_LONG", limits.maxUriLength())
                    .with("maxLength", limits.maxUriLength()));
        }
        if (headersSize(request.headers()) > limits.maxHeadersSize().asLongValue()) {
            return Optional.of(new ApiProblem(431, "HEADERS_TOO_LARGE"));
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (!isUriText(uri) || !PercentEncoding.isValid(path)) {
            return Optional.of(ApiProblem.badRequest("MALFORMED_URI"));
        }
        if (query >= 0) {
            Optional<ApiProblem> badParameter = badlyEncodedParameter(uri.substring(query + 1));
            if (badParameter.isPresent()) {
                return badParameter;
            }
        }
        return unusableContentType(request);
    }

    /**
     * A body needs a Content-Type that says what it is; a request without a body loses a broken
     * one, which means nothing there and would otherwise fail the framework's parsing.
     */
    private static Optional<ApiProblem> unusableContentType(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean hasBody = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > 0;
        if (contentType != null && !isMediaType(contentType) && !hasBody) {
            request.headers().remove(HttpHeaders.CONTENT_TYPE);
            return Optional.empty();
        }
        boolean unusable = contentType != null ? !isMediaType(contentType) : hasBody && WITH_BODY.contains(request.method());
        return unusable ? Optional.of(new ApiProblem(415, "UNSUPPORTED_MEDIA_TYPE")) : Optional.empty();
    }

    private static Optional<ApiProblem> badlyEncodedParameter(String encodedPairs) {
        for (String pair : encodedPairs.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!PercentEncoding.isValid(pair)) {
                String field = PercentEncoding.isValid(name) ? decodedName(name) : "query";
                return Optional.of(ApiProblem.invalidField(400, "INVALID_QUERY_PARAMETER", field, "BAD_ENCODING"));
            }
        }
        return Optional.empty();
    }

    private static boolean isMediaType(String contentType) {
        try {
            return !contentType.isBlank() && MediaType.valueOf(contentType) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isUriText(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7f || NEVER_IN_URI.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String decodedName(String name) {
        return URLDecoder.decode(name, StandardCharsets.UTF_8);
    }

    private static long headersSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long contentLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
