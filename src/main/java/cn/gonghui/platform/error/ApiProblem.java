package cn.gonghui.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A failure the client caused or must know about, carried to the problem+json mapper. The code is
 * stable (clients branch on it) and also names the localised title and detail in the message
 * bundle: {@code problem.<CODE>.title} and {@code problem.<CODE>.detail}, the latter formatted
 * with {@link #detailArguments()}.
 */
public class ApiProblem extends RuntimeException {

    /** The members every problem has (see Problem): an extension of the same name would write a second one. */
    private static final Set<String> RESERVED_MEMBERS = Set.of("type", "title", "status", "detail",
            "instance", "code", "errors", "requestId");

    /** The code of a request some of whose fields break a rule. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

    private final int status;
    private final String code;
    private final Object[] detailArguments;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String code, Object... detailArguments) {
        this(status, code, List.of(), detailArguments);
    }

    public ApiProblem(int status, String code, List<FieldError> errors, Object... detailArguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.detailArguments = detailArguments.clone();
    }

    public static ApiProblem badRequest(String code, Object... detailArguments) {
        return new ApiProblem(400, code, detailArguments);
    }

    public static ApiProblem notFound(String code, Object... detailArguments) {
        return new ApiProblem(404, code, detailArguments);
    }

    public static ApiProblem conflict(String code, Object... detailArguments) {
        return new ApiProblem(409, code, detailArguments);
    }

    public static ApiProblem unprocessable(String code, Object... detailArguments) {
        return new ApiProblem(422, code, detailArguments);
    }

    public static ApiProblem invalidFields(int status, String code, List<FieldError> errors) {
        return new ApiProblem(status, code, errors);
    }

    /** The usual 400 {@code VALIDATION_FAILED} for the fields a rule outside Bean Validation refused. */
    public static ApiProblem invalidFields(List<FieldError> errors) {
        return invalidFields(400, VALIDATION_FAILED, errors);
    }

    /** A 400 {@code VALIDATION_FAILED} naming one field and the rule it broke. */
    public static ApiProblem invalidField(String field, String rule) {
        return invalidField(400, VALIDATION_FAILED, field, rule);
    }

    /** A problem of its own status and code (e.g. 422 {@code APPLICATION_INVALID}) naming one field. */
    public static ApiProblem invalidField(int status, String code, String field, String rule) {
        return invalidFields(status, code, List.of(FieldError.of(field, rule)));
    }

    /** Adds a member to the problem body, e.g. the actions that are allowed instead. */
    /** Adds an extension member; the members RFC 9457 and our problem shape define cannot be overridden. */
    public ApiProblem with(String name, Object value) {
        if (RESERVED_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a member of every problem, not an extension");
        }
        extensions.put(name, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After} or {@code ETag}. */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
