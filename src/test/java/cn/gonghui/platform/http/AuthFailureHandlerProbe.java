package cn.gonghui.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells a test which authentication-failure handler a request carries once authentication and
 * Quarkus REST's own filter after it (priority 199) have run. Answers only a request that asks,
 * with {@link #ASK}, in the response header of the same name.
 */
@ApplicationScoped
public class AuthFailureHandlerProbe {

    static final String ASK = "X-Test-Auth-Failure-Handler";
    static final String NONE = "none";

    void register(@Observes Filters filters) {
        filters.register(AuthFailureHandlerProbe::tell, SecurityHandlerPriorities.AUTHENTICATION - 2);
    }

    private static void tell(RoutingContext context) {
        if (context.request().getHeader(ASK) != null) {
            Object handler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            context.response().putHeader(ASK, handler == null ? NONE : handler.getClass().getSimpleName());
        }
        context.next();
    }
}
