package cn.gonghui.platform.error;

import cn.gonghui.platform.http.RequestIdFilter;
import cn.gonghui.platform.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes a problem straight to the HTTP response, for requests answered before JAX-RS sees them. */
@ApplicationScoped
public class RouteProblems {

    private final ProblemFactory factory;
    private final Messages messages;
    private final ObjectMapper json;

    public RouteProblems(ProblemFactory factory, Messages messages, ObjectMapper json) {
        this.factory = factory;
        this.messages = messages;
        this.json = json;
    }

    public void write(RoutingContext context, ApiProblem problem) {
        HttpServerResponse response = context.response();
        Problem body = factory.create(problem,
                messages.negotiate(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                context.request().path(),
                response.headers().get(RequestIdFilter.HEADER));
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be written", e);
        }
        response.setStatusCode(problem.status());
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        problem.headers().forEach(response::putHeader);
        response.end(text);
    }
}
