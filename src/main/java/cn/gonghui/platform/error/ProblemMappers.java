package cn.gonghui.platform.error;

import cn.gonghui.platform.http.AllowedMethods;
import cn.gonghui.platform.http.StrictParameters;
import cn.gonghui.platform.json.RefusedText;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception that reaches JAX-RS leaves as problem+json: ours as they are, the framework's
 * translated to a stable code, and anything unexpected as a 500 that shows nothing internal but
 * the request id under which the stack trace was logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Map<Integer, String> CODES_BY_STATUS = Map.ofEntries(
            Map.entry(400, "BAD_REQUEST"),
            Map.entry(401, "UNAUTHENTICATED"),
            Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"),
            Map.entry(405, "METHOD_NOT_ALLOWED"),
            Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"),
            Map.entry(413, "PAYLOAD_TOO_LARGE"),
            Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(503, "SERVICE_UNAVAILABLE"));
    private static final List<String> HEADERS_KEPT = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER);

    private final ProblemResponses responses;
    private final JsonProblems jsonProblems;
    private final ValidationProblems validationProblems;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(ProblemResponses responses, JsonProblems jsonProblems, ValidationProblems validationProblems,
            AllowedMethods allowedMethods) {
        this.responses = responses;
        this.jsonProblems = jsonProblems;
        this.validationProblems = validationProblems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
        return responses.of(problem, request);
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException violation, HttpServerRequest request) {
        return validationProblems.toProblem(violation)
                .map(problem -> responses.of(problem, request))
                .orElseGet(() -> unexpected(violation, request));
    }

    /** Listed one by one: Quarkus brings mappers of its own for some of them, and the closest type wins. */
    @ServerExceptionMapper(value = {JacksonException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, RefusedText.class}, priority = Priorities.USER - 100)
    public Response unreadableJson(JacksonException invalid, HttpServerRequest request) {
        // a limit that stopped the reading (e.g. the body size) is the problem, not the JSON
        if (invalid.getCause() instanceof ApiProblem stoppedReading) {
            return responses.of(stoppedReading, request);
        }
        return responses.of(jsonProblems.toProblem(invalid), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(StrictParameters.InvalidParameter invalid, HttpServerRequest request) {
        String code = switch (invalid.location()) {
            case "path" -> "INVALID_PATH_PARAMETER";
            case "header" -> "INVALID_HEADER";
            default -> "INVALID_QUERY_PARAMETER";
        };
        return responses.of(ApiProblem.invalidField(400, code, invalid.name(), "INVALID_FORMAT"), request);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JacksonException invalid) {
            return unreadableJson(invalid, request);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(exception, request);
        }
        ApiProblem problem = new ApiProblem(status, CODES_BY_STATUS.getOrDefault(status, "HTTP_" + status));
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) == null) {
            problem.withHeader(HttpHeaders.ALLOW, allowedMethods.allowedAt(request.path()));
        }
        for (String header : HEADERS_KEPT) {
            String value = original.getHeaderString(header);
            if (value != null) {
                problem.withHeader(header, value);
            }
        }
        return responses.of(problem, request);
    }

    /**
     * The framework's form and multipart parsers answer a body cut short or a broken
     * percent-encoding with exceptions of their own: that is the caller's 400, not our 500.
     */
    @ServerExceptionMapper({IOException.class, IllegalArgumentException.class})
    public Response unreadableBody(Exception failure, HttpServerRequest request) {
        return FormBodies.failedParsing(failure)
                ? responses.of(ApiProblem.badRequest("MALFORMED_BODY"), request)
                : unexpected(failure, request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, HttpServerRequest request) {
        return responses.of(new ApiProblem(401, "UNAUTHENTICATED").withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
                request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return responses.of(new ApiProblem(403, "FORBIDDEN"), request);
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        var databaseTrouble = DatabaseTrouble.of(failure);
        if (databaseTrouble.isPresent()) {
            // the database's state, not a bug: one line, where a stack trace per call would drown the log
            LOG.warnf("%s answering %s %s: %s", databaseTrouble.get().code(), request.method(), request.path(),
                    DatabaseTrouble.rootCause(failure));
            return responses.of(databaseTrouble.get(), request);
        }
        LOG.error("Unexpected failure answering " + request.method() + " " + request.path(), failure);
        return responses.of(new ApiProblem(500, "INTERNAL_ERROR"), request);
    }

}
