package cn.gonghui.platform.error;

import cn.gonghui.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a problem code into the localised RFC 9457 body. One place for every error path: the
 * JAX-RS exception mappers and the HTTP filters that answer before JAX-RS both come here.
 */
@ApplicationScoped
public class ProblemFactory {

    private static final String TYPE_PREFIX = "urn:gonghui:problem:";

    private final Messages messages;

    public ProblemFactory(Messages messages) {
        this.messages = messages;
    }

    public Problem create(ApiProblem problem, Locale locale, String path, String requestId) {
        String code = problem.code();
        String title = messages.find(locale, "problem." + code + ".title")
                .orElseGet(() -> defaultTitle(problem.status(), locale));
        String detail = messages.find(locale, "problem." + code + ".detail", problem.detailArguments()).orElse(null);
        List<FieldError> errors = localise(problem.errors(), locale);
        return new Problem(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'), title, problem.status(),
                detail, path == null || path.length() > Problem.MAX_INSTANCE ? null : path, code, requestId, errors,
                Map.copyOf(problem.extensions()));
    }

    /** Field errors may carry a message key instead of a message; those are resolved here. */
    private List<FieldError> localise(List<FieldError> errors, Locale locale) {
        List<FieldError> localised = new ArrayList<>(errors.size());
        for (FieldError error : errors) {
            String message = error.message() != null ? error.message()
                    : messages.get(locale, "field." + error.code());
            localised.add(new FieldError(error.field(), error.code(), message));
        }
        return localised;
    }

    private String defaultTitle(int status, Locale locale) {
        return messages.find(locale, "status." + status)
                .orElseGet(() -> {
                    Response.Status known = Response.Status.fromStatusCode(status);
                    return known != null ? known.getReasonPhrase() : "HTTP " + status;
                });
    }
}
