package cn.gonghui.platform.openapi;

import cn.gonghui.platform.error.Problem;
import cn.gonghui.platform.ratelimit.RouteGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation shares, once, as named components, and adds to
 * each operation those that can happen to it: 400, 414 and 431 always (a URI or headers the
 * service cannot read, a query parameter the operation does not list), 401/403 when it is
 * secured, 401 also on a public operation other than signing in (a token sent there is verified
 * all the same), 404 when its path names a resource, 406 always (an Accept it does not serve), 413
 * when it takes a body, 415 when its method may carry one, 429 where a rate limit applies
 * (RouteGroup), 500 and 503 always (every operation reads the
 * database, which may be down, or busy past the bounded waits; the 503 says when to retry). An
 * operation's own description of an error status (e.g. "station not found", a 409 or 422) is kept
 * and given the problem+json body, unless it documents a body of its own (OAuth's errors).
 */
final class ProblemResponses {

    private static final String REQUEST_ID = "X-Request-Id";
    private static final String SCANNED_BAD_REQUEST = "Bad Request";
    private static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("400", "BadRequest|请求格式或参数不合格（含字段错误）；未列出的查询参数一律拒绝（UNKNOWN_QUERY_PARAMETER，"
                + "acceptedParameters 列出本接口接受的参数）/ Malformed request or invalid parameters, with field errors; a query "
                + "parameter the operation does not list is refused (UNKNOWN_QUERY_PARAMETER, acceptedParameters names those it accepts)");
        STANDARD.put("401", "Unauthenticated|缺少令牌或令牌无效 / Missing or invalid access token");
        STANDARD.put("401-sent", "InvalidSentToken|带了无法验证的令牌（过期、伪造或签发者不对，UNAUTHENTICATED）；无需登录的接口不带令牌即可"
                + "匿名调用 / A token was sent and cannot be verified (expired, forged, another issuer: UNAUTHENTICATED); "
                + "send none to call this public operation anonymously");
        STANDARD.put("403", "Forbidden|角色或权限范围不允许 / The caller's role or scope does not allow this");
        STANDARD.put("404", "NotFound|对象不存在或不在调用者可见范围内 / No such object within the caller's reach");
        STANDARD.put("406", "NotAcceptable|无法以 Accept 要求的类型应答 / None of the types the Accept header asks for is served");
        STANDARD.put("413", "PayloadTooLarge|请求体过大 / Request body too large");
        STANDARD.put("414", "UriTooLong|请求地址过长（上限 8192 个字符）/ Request URI too long (8,192 characters at most)");
        STANDARD.put("415", "UnsupportedMediaType|不支持的请求体类型 / Unsupported request content type");
        STANDARD.put("431", "HeadersTooLarge|请求头过大 / Request headers too large");
        STANDARD.put("429", "TooManyRequests|调用过于频繁（RATE_LIMITED），按 Retry-After 秒数后重试 / Too many requests "
                + "(RATE_LIMITED): the caller's limit for this group of routes is used up; retry after Retry-After seconds");
        STANDARD.put("500", "InternalError|服务内部错误，凭 requestId 查询日志 / Unexpected error; quote the requestId");
        STANDARD.put("503", "ServiceUnavailable|数据库暂不可用（DATABASE_UNAVAILABLE）、繁忙（DATABASE_BUSY）或所需记录正被占用"
                + "（RECORD_LOCKED），按 Retry-After 秒数后重试 / The database is unavailable (DATABASE_UNAVAILABLE) or busy "
                + "(DATABASE_BUSY), or the record is held by another action (RECORD_LOCKED): retry after Retry-After seconds");
    }

    private ProblemResponses() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesResource = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                Optional<RouteGroup> group = RouteGroup.of(operation.getKey().name(), path.getKey());
                boolean limited = group.isPresent();
                boolean secured = isSecured(openAPI, operation.getValue());
                // a token sent to a public operation is verified too (SentTokens), except when signing in
                boolean verifiesSentToken = !secured && group.isPresent() && group.get() != RouteGroup.SIGN_IN;
                addApplicable(components, operation.getKey(), operation.getValue(), namesResource, secured,
                        verifiesSentToken, limited);
                if (limited) {
                    RateLimitHeaders.addTo(components, operation.getValue().getResponses());
                }
            }
        }
    }

    private static void addApplicable(Components components, PathItem.HttpMethod method, Operation operation,
            boolean namesResource, boolean secured, boolean verifiesSentToken, boolean limited) {
        APIResponses responses = operation.getResponses();
        listByStatus(responses);
        boolean takesBody = operation.getRequestBody() != null;
        apply(components, responses, "400", true);
        apply(components, responses, "401", secured);
        apply(components, responses, "401-sent", verifiesSentToken);
        apply(components, responses, "403", secured);
        apply(components, responses, "404", namesResource);
        apply(components, responses, "406", true);
        apply(components, responses, "413", takesBody);
        apply(components, responses, "414", true);
        apply(components, responses, "415", takesBody || mayCarryBody(method));
        apply(components, responses, "429", limited);
        apply(components, responses, "431", true);
        apply(components, responses, "500", true);
        apply(components, responses, "503", true);
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent());
                response.addHeader(REQUEST_ID, requestIdHeader());
            }
        });
    }

    /**
     * An operation's own responses by status: those it takes from shared annotations (e.g.
     * {@code @StaleVersionResponse}) reach the scanner in another order than those written on it.
     * The 400 the scanner adds by itself for an operation that validates its input stays after them.
     */
    private static void listByStatus(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        Map<String, APIResponse> byStatus = new TreeMap<>(responses.getAPIResponses());
        APIResponse badRequest = byStatus.get("400");
        boolean generic = badRequest != null && SCANNED_BAD_REQUEST.equals(badRequest.getDescription());
        Map<String, APIResponse> listed = new LinkedHashMap<>(byStatus);
        if (generic) {
            listed.remove("400");
            listed.put("400", badRequest);
        }
        responses.setAPIResponses(listed);
    }

    /** A body sent without a usable Content-Type is refused wherever a method may carry one, read or not. */
    private static boolean mayCarryBody(PathItem.HttpMethod method) {
        return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS;
    }

    private static void apply(Components components, APIResponses responses, String key, boolean applicable) {
        String status = key.substring(0, 3);
        APIResponse own = responses.getAPIResponse(status);
        if (own != null && own.getRef() == null) {
            if (own.getContent() == null) {
                own.setContent(problemContent());
            }
            own.addHeader(REQUEST_ID, requestIdHeader());
            return;
        }
        if (applicable && own == null) {
            String[] nameAndDescription = STANDARD.get(key).split("\\|", 2);
            if (components.getResponses() == null || !components.getResponses().containsKey(nameAndDescription[0])) {
                APIResponse shared = problemResponse(nameAndDescription[1]);
                if ("503".equals(status) || "429".equals(status)) {
                    shared.addHeader("Retry-After", retryAfterHeader());
                }
                components.addResponse(nameAndDescription[0], shared);
            }
            responses.addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + nameAndDescription[0]));
        }
    }

    private static boolean isSecured(OpenAPI openAPI, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        return requirements != null && requirements.stream().anyMatch(requirement -> !requirement.getSchemes().isEmpty());
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent())
                .addHeader(REQUEST_ID, requestIdHeader());
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static Header retryAfterHeader() {
        return OASFactory.createHeader()
                .description("几秒后重试 / Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600)));
    }

    private static Header requestIdHeader() {
        return OASFactory.createHeader()
                .description("请求编号，日志中可查 / Request id, found in the logs")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(64).pattern("^[A-Za-z0-9._-]+$"));
    }
}
