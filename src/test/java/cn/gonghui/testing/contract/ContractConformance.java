package cn.gonghui.testing.contract;

import cn.gonghui.testing.contract.Contract.Located;
import cn.gonghui.testing.contract.Contract.Operation;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Holds every call the test suite makes to the committed contract: the status must be
 * documented for the operation, the body's media type too, the body must match its schema,
 * documented headers their schema; and a request the service accepted (2xx) must match the
 * request schema. A request the service refused may be as wrong as the test meant it to be:
 * its answer is still checked. A call outside the contract (test probes, the fake WeChat) is
 * left alone. Any mismatch fails the test that made the call.
 */
public final class ContractConformance implements OrderedFilter {

    private static final ContractConformance INSTANCE = new ContractConformance();
    /** {@code -Dcontract.collect-only=true}: write mismatches to a file instead of failing, to survey a whole run. */
    private static final boolean COLLECT_ONLY = Boolean.getBoolean("contract.collect-only");

    private final Contract contract = Contract.load();

    private ContractConformance() {
    }

    /** Adds the check to every RestAssured call from now on; idempotent. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(filter -> filter == INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getRawPath();
        Optional<Operation> operation = contract.operation(request.getMethod(), path);
        if (operation.isEmpty()) {
            return response;
        }
        ContractCoverage.record(operation.get(), response.statusCode());
        List<String> mismatches = mismatches(operation.get(), request.getContentType(), request.getBody(), response);
        if (!mismatches.isEmpty() && COLLECT_ONLY) {
            Mismatches.collect(operation.get(), response.statusCode(), mismatches);
        } else if (!mismatches.isEmpty()) {
            throw new AssertionError("Outside the contract: " + operation.get().id() + " -> " + response.statusCode()
                    + "\n  " + String.join("\n  ", mismatches));
        }
        return response;
    }

    /** Everything about one call that the contract does not say; empty when the call conforms. */
    List<String> mismatches(Operation operation, String requestContentType, Object requestBody, Response response) {
        List<String> mismatches = new ArrayList<>();
        checkResponse(operation, response, mismatches);
        if (response.statusCode() / 100 == 2) {
            checkRequest(operation, requestContentType, requestBody, mismatches);
        }
        return mismatches;
    }

    /**
     * The same check for a call made without RestAssured (the raw fuzz, the packaged-jar tests):
     * the mismatches of an answer, its operation's coverage recorded; none for a path outside the contract.
     */
    public static List<String> mismatchesOf(String method, String path, String requestContentType, Object requestBody,
            int status, Map<String, List<String>> headers, String body) {
        Optional<Operation> operation = INSTANCE.contract.operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        ContractCoverage.record(operation.get(), status);
        List<Header> answerHeaders = new ArrayList<>();
        headers.forEach((name, values) -> values.forEach(value -> answerHeaders.add(new Header(name, value))));
        ResponseBuilder answer = new ResponseBuilder().setStatusCode(status).setHeaders(new Headers(answerHeaders))
                .setBody(body == null ? "" : body);
        headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .findFirst().ifPresent(type -> answer.setContentType(type.getValue().get(0)));
        return INSTANCE.mismatches(operation.get(), requestContentType, requestBody, answer.build());
    }

    Optional<Operation> operation(String method, String path) {
        return contract.operation(method, path);
    }

    static ContractConformance instance() {
        return INSTANCE;
    }

    private void checkResponse(Operation operation, Response response, List<String> mismatches) {
        Located responses = new Located(operation.pointer() + "/responses", operation.node().path("responses"));
        String status = String.valueOf(response.statusCode());
        Located documented = responses.child(status);
        if (!documented.exists()) {
            documented = responses.child(status.charAt(0) + "XX");
        }
        if (!documented.exists()) {
            documented = responses.child("default");
        }
        if (!documented.exists()) {
            mismatches.add("status " + status + " is not documented");
            return;
        }
        Located answer = contract.resolve(documented);
        checkHeaders(answer, response, mismatches);
        String body = response.asString();
        if (body.isEmpty() || response.statusCode() == 304) {
            return;
        }
        Located content = answer.child("content");
        if (!content.exists()) {
            mismatches.add("a body was sent, none is documented");
            return;
        }
        String mediaType = mediaType(response.contentType());
        Located media = content.child(mediaType);
        if (!media.exists()) {
            mismatches.add("Content-Type " + mediaType + " is not documented (documented: "
                    + String.join(", ", iterable(content)) + ")");
            return;
        }
        if (mediaType.endsWith("json") && media.child("schema").exists()) {
            contract.violations(media.child("schema").pointer(), body)
                    .forEach(violation -> mismatches.add("response body: " + violation));
        }
    }

    private void checkHeaders(Located answer, Response response, List<String> mismatches) {
        Located headers = answer.child("headers");
        for (String name : iterable(headers)) {
            Located header = contract.resolve(headers.child(name));
            String value = response.getHeader(name);
            if (value == null) {
                if (header.node().path("required").asBoolean(false)) {
                    mismatches.add("header " + name + " is required and missing");
                }
                continue;
            }
            if (header.child("schema").exists()) {
                contract.violations(header.child("schema").pointer(), HeaderValues.asJson(value, header.node().path("schema")))
                        .forEach(violation -> mismatches.add("header " + name + " '" + value + "': " + violation));
            }
        }
    }

    private void checkRequest(Operation operation, String contentType, Object body, List<String> mismatches) {
        String mediaType = mediaType(contentType);
        if (body == null || !mediaType.endsWith("json")) {
            return;
        }
        Located schema = new Located(operation.pointer() + "/requestBody", operation.node().path("requestBody"))
                .child("content").child(mediaType).child("schema");
        if (!schema.exists()) {
            // an operation that reads no body ignores one sent anyway; only a body it reads is held to a schema
            return;
        }
        String json = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
        contract.violations(schema.pointer(), json).forEach(violation -> mismatches.add("request body: " + violation));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> iterable(Located node) {
        List<String> names = new ArrayList<>();
        node.node().fieldNames().forEachRemaining(names::add);
        return names;
    }
}
