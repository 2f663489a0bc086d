package cn.gonghui.platform.error;

import cn.gonghui.platform.http.RequestIdFilter;
import cn.gonghui.platform.i18n.Messages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds the JAX-RS response of a problem for the request being answered. */
@ApplicationScoped
public class ProblemResponses {

    private final ProblemFactory factory;
    private final Messages messages;

    public ProblemResponses(ProblemFactory factory, Messages messages) {
        this.factory = factory;
        this.messages = messages;
    }

    public Response of(ApiProblem problem, HttpServerRequest request) {
        Problem body = factory.create(problem,
                messages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                request.path(),
                request.response().headers().get(RequestIdFilter.HEADER));
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body);
        problem.headers().forEach(response::header);
        return response.build();
    }
}
