package cn.gonghui.platform.fuzz;

import cn.gonghui.testing.contract.ContractConformance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer must be, whatever was sent: never a 5xx, an error always the problem document of
 * API.md (or the one other error format the contract documents for that status), and nothing of the
 * implementation in a body or a header.
 */
final class ResponseChecks {

    /** A broken rule: its kind, for grouping, and what exactly was seen. */
    record Violation(String kind, String detail) {
    }

    static final String NO_ANSWER = "no answer";
    static final String SERVER_ERROR = "5xx";
    static final String NOT_A_PROBLEM = "4xx/5xx without problem+json";
    static final String LEAK = "stack trace or class name";
    static final String WRONG_MEDIA_ACCEPTED = "body accepted without its declared Content-Type";
    static final String OUTSIDE_CONTRACT = "answer outside the contract";

    /** Stack frames, exception class names and the packages of the stack; none is ever a word of the API. */
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "\\tat |\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b\\w*(Exception|Throwable)\\b|\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*Error\\b"
                    + "|\\b(java|javax|jakarta|sun|jdk)\\.[a-z]+\\.|\\borg\\.(hibernate|jboss|postgresql|eclipse|apache)\\b"
                    + "|\\bio\\.(quarkus|vertx|netty|smallrye)\\b|\\bcom\\.fasterxml\\b|\\bcn\\.gonghui\\.");

    private final ObjectMapper json = new ObjectMapper();
    private final boolean heldToContract;

    /** {@code heldToContract}: also apply the suite's contract check to every answer (the fuzz does; the rules' own test not). */
    ResponseChecks(boolean heldToContract) {
        this.heldToContract = heldToContract;
    }

    List<Violation> check(FuzzRequest request, RawHttp.Answer answer) {
        Operation operation = request.operation();
        List<Violation> violations = new ArrayList<>();
        if (answer.status() == 0) {
            violations.add(new Violation(NO_ANSWER, answer.failure()));
            return violations;
        }
        if (answer.status() >= 500) {
            violations.add(new Violation(SERVER_ERROR, answer.status() + " " + problemCode(answer)));
        }
        if (answer.status() >= 400) {
            String problem = errorDocumentProblem(operation.errorMediaTypes(answer.status()), answer);
            if (problem != null) {
                violations.add(new Violation(NOT_A_PROBLEM, answer.status() + ": " + problem));
            }
        }
        if (answer.status() < 500 && sentWithoutDeclaredType(request) && !refusedBeforeTheBody(operation, answer)) {
            violations.add(new Violation(WRONG_MEDIA_ACCEPTED, answer.status() + " to Content-Type "
                    + (request.headers().containsKey("Content-Type") ? "'" + request.headers().get("Content-Type") + "'"
                    : "missing")));
        }
        for (String mismatch : heldToContract ? contractMismatches(request, answer) : List.<String>of()) {
            violations.add(new Violation(OUTSIDE_CONTRACT, mismatch));
        }
        String leak = leak(answer);
        if (leak != null) {
            violations.add(new Violation(LEAK, leak));
        }
        return violations;
    }

    /**
     * A body the operation reads, sent as none of the media types it declares: API.md answers that with 415.
     * A wildcard is left out: it names no type, and reading it as the declared one is defensible.
     */
    private static boolean sentWithoutDeclaredType(FuzzRequest request) {
        if (request.operation().body().isEmpty() || request.body() == null) {
            return false;
        }
        String header = request.headers().getOrDefault("Content-Type", "");
        String sent = (header.contains(";") ? header.substring(0, header.indexOf(';')) : header).trim().toLowerCase();
        return !sent.equals("*/*") && request.operation().body().get().mediaTypes().stream().noneMatch(sent::equals);
    }

    /**
     * Whether the answer came before the body was looked at: a 415, or the caller turned away first. Any other
     * answer (a 2xx, a validation 400, a 401 for wrong credentials on a sign-in) means the body was read.
     */
    private static boolean refusedBeforeTheBody(Operation operation, RawHttp.Answer answer) {
        return answer.status() == 415 || !operation.isPublic() && (answer.status() == 401 || answer.status() == 403);
    }

    private String errorDocumentProblem(List<String> documentedTypes, RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        String expectedType = type == null ? null : documentedTypes.stream()
                .filter(documented -> type.toLowerCase().startsWith(documented)).findFirst().orElse(null);
        if (expectedType == null) {
            return "Content-Type " + (type == null ? "missing" : "'" + type + "'") + ", body "
                    + (answer.body().isEmpty() ? "empty" : "'" + Excerpt.of(answer.body(), 80) + "'");
        }
        JsonNode body;
        try {
            body = json.readTree(answer.body());
        } catch (Exception unparsable) {
            return "body is not JSON: '" + Excerpt.of(answer.body(), 80) + "'";
        }
        if (expectedType.equals("application/problem+json")) {
            if (body == null || !body.path("status").isInt() || !body.path("code").isTextual()) {
                return "problem without status or code: " + Excerpt.of(answer.body(), 120);
            }
            if (body.get("status").asInt() != answer.status()) {
                return "problem status " + body.get("status").asInt() + " differs from the answer's";
            }
        } else if (body == null || !body.path("error").isTextual()) {
            return "OAuth error without error: " + Excerpt.of(answer.body(), 120);
        }
        return null;
    }

    /** The suite's contract check (testing.contract), applied to the raw answer: status, media type, body, headers. */
    private static List<String> contractMismatches(FuzzRequest request, RawHttp.Answer answer) {
        int query = request.target().indexOf('?');
        String path = query < 0 ? request.target() : request.target().substring(0, query);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.headers().forEach(header -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
                .add(header.getValue()));
        String body = request.body() == null ? null : new String(request.body(), StandardCharsets.UTF_8);
        return ContractConformance.mismatchesOf(request.method(), path, request.headers().get("Content-Type"), body,
                answer.status(), headers, answer.body());
    }

    private static String leak(RawHttp.Answer answer) {
        Matcher inBody = IMPLEMENTATION.matcher(answer.body());
        if (inBody.find()) {
            return "body shows '" + inBody.group() + "': " + around(answer.body(), inBody.start());
        }
        for (Map.Entry<String, String> header : answer.headers()) {
            Matcher inHeader = IMPLEMENTATION.matcher(header.getValue());
            if (inHeader.find()) {
                return "header " + header.getKey() + " shows '" + inHeader.group() + "'";
            }
        }
        return null;
    }

    private String problemCode(RawHttp.Answer answer) {
        try {
            return json.readTree(answer.body()).path("code").asText("(no code)");
        } catch (Exception unparsable) {
            return "(no problem body)";
        }
    }

    private static String around(String text, int at) {
        return Excerpt.of(text.substring(Math.max(0, at - 60)), 160);
    }
}
