package cn.gonghui.platform.error;

import cn.gonghui.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
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
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
                detail, instance(path), code, requestId, errors,
                Map.copyOf(problem.extensions()));
    }

    /**
     * The request path as a URI reference (RFC 9457): what a URI cannot hold is percent-encoded, so
     * that raw UTF-8 or control bytes a client put in its request line (which arrive one char per
     * byte) are echoed as the escapes they should have been, never as control characters; none
     * longer than {@link Problem#MAX_INSTANCE}.
     */
    static String instance(String path) {
        if (path == null) {
            return null;
        }
        StringBuilder uri = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || Problem.URI_PUNCTUATION.indexOf(c) >= 0)) {
                uri.append((char) c);
                return;
            }
            byte[] bytes = c <= 0xFF ? new byte[] {(byte) c} : Character.toString(c).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        });
        return uri.length() > Problem.MAX_INSTANCE ? null : uri.toString();
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
