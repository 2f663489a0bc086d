package cn.gonghui.platform.http;

import cn.gonghui.platform.id.Ids;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, echoed in {@code X-Request-Id}, written on every log line of the
 * request and put into every problem body, so a user's screenshot leads to the log. An id sent by
 * a gateway is kept when it is a plain token; anything else is replaced, so nothing a client
 * sends reaches the log unchecked.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    static final int PRIORITY = 10_000;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    private void assign(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches()
                ? offered
                : Ids.newId().toString().replace("-", "");
        MDC.put(LOG_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
