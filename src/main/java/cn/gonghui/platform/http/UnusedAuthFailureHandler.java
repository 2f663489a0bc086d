package cn.gonghui.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes away the authentication-failure handler that Quarkus puts on every request, right after
 * it is put there, because nothing of ours would ever call it and Quarkus REST makes every request
 * pay for it.
 *
 * <p>Authentication here is lazy (quarkus.http.auth.proactive=false): a token is checked when an
 * endpoint asks who calls, inside Quarkus REST, and a failure becomes a 401 problem+json through
 * our exception mappers. Quarkus REST therefore removes the handler before any resource runs.
 * But first, when Micrometer is present, a filter of Quarkus REST right after authentication
 * swaps the handler for one of its own and, in case that one is ever called, works out the
 * request's route template for the metrics by building the path matcher of every resource
 * anew. That was a seventh of the CPU of a warm officer queue read (JDK Flight Recorder).
 *
 * <p>This filter runs between the two: registered at authentication's own priority, it comes after
 * Quarkus's authentication filter, which was registered at build time (Vert.x keeps routes of one
 * order in the order they were added). Quarkus REST's filter then finds no handler and does nothing.
 * A request that fails authentication ends the same way as before, in the exception mappers, and
 * its metrics still carry the route template that Quarkus REST sets when it matches the resource.
 * With proactive authentication the handler is needed, and this filter is not registered.
 */
@ApplicationScoped
public class UnusedAuthFailureHandler {

    private final boolean proactiveAuthentication;

    public UnusedAuthFailureHandler(
            @ConfigProperty(name = "quarkus.http.auth.proactive") boolean proactiveAuthentication) {
        this.proactiveAuthentication = proactiveAuthentication;
    }

    void register(@Observes Filters filters) {
        if (!proactiveAuthentication) {
            filters.register(UnusedAuthFailureHandler::remove, SecurityHandlerPriorities.AUTHENTICATION);
        }
    }

    private static void remove(RoutingContext context) {
        if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        }
        context.next();
    }
}
