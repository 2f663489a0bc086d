package cn.gonghui.platform.http;

import cn.gonghui.platform.ratelimit.RouteGroup;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token is verified wherever it is sent, on public operations too: an expired or forged one is
 * refused with 401 UNAUTHENTICATED (the contract's InvalidSentToken) rather than silently read as
 * anonymous, so a client learns at once that its session is over. Signing in is left out: it
 * authenticates with what its body carries.
 */
public class SentTokens {

    private final SecurityIdentity identity;

    public SentTokens(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** After the rate limit (which counts the refused call too), before the resource reads anything. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void verify(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return;
        }
        boolean checked = RouteGroup.of(request.getMethod(), http.path()).filter(group -> group != RouteGroup.SIGN_IN)
                .isPresent();
        if (checked) {
            // authenticates now; a token that cannot be verified throws AuthenticationFailedException (401)
            identity.isAnonymous();
        }
    }
}
