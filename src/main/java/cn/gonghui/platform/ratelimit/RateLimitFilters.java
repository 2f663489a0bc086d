package cn.gonghui.platform.ratelimit;

import cn.gonghui.platform.error.ApiProblem;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every API request takes a token from its caller's bucket of its route group: a signed-in member,
 * officer or integrator by their subject, anyone else by their address. Out of tokens, the request
 * is answered 429 {@code RATE_LIMITED} with {@code Retry-After}; every answer says where the
 * caller stands ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} in seconds).
 */
public class RateLimitFilters {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    private static final String STANDING = RateLimitFilters.class.getName() + ".standing";

    private final RateLimiter limiter;
    private final RateLimitSettings settings;
    private final SecurityIdentity identity;

    public RateLimitFilters(RateLimiter limiter, RateLimitSettings settings, SecurityIdentity identity) {
        this.limiter = limiter;
        this.settings = settings;
        this.identity = identity;
    }

    /** Where a caller stands after this request: what the headers say. */
    record Standing(long limit, long remaining, long resetSeconds) {
    }

    @ServerRequestFilter
    public void take(ContainerRequestContext request, HttpServerRequest http) {
        if (!settings.enabled()) {
            return;
        }
        RouteGroup.of(request.getMethod(), http.path()).ifPresent(group -> {
            ConsumptionProbe probe = limiter.take(group, caller(http));
            long limit = limiter.capacity(group);
            Standing standing = new Standing(limit, probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()));
            request.setProperty(STANDING, standing);
            if (!probe.isConsumed()) {
                throw withHeaders(new ApiProblem(429, "RATE_LIMITED", group.configName()), standing)
                        .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(probe.getNanosToWaitForRefill())));
            }
        });
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STANDING) instanceof Standing standing && !response.getHeaders().containsKey(LIMIT)) {
            response.getHeaders().putSingle(LIMIT, standing.limit());
            response.getHeaders().putSingle(REMAINING, standing.remaining());
            response.getHeaders().putSingle(RESET, standing.resetSeconds());
        }
    }

    private String caller(HttpServerRequest http) {
        try {
            // without a token (the public reads' usual case) nobody is signed in: no need to resolve who
            if (http.getHeader(HttpHeaders.AUTHORIZATION) != null && !identity.isAnonymous()) {
                return "id:" + identity.getPrincipal().getName();
            }
        } catch (AuthenticationFailedException | UnauthorizedException invalidToken) {
            // a public operation ignores a token it cannot use: so does the limit, counting it by address;
            // an operation that needs the token refuses it with 401 at the endpoint as before
        }
        return "ip:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static ApiProblem withHeaders(ApiProblem problem, Standing standing) {
        return problem.withHeader(LIMIT, Long.toString(standing.limit()))
                .withHeader(REMAINING, Long.toString(standing.remaining()))
                .withHeader(RESET, Long.toString(standing.resetSeconds()));
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
