package cn.gonghui.platform.error;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.ResponseProperties;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 problem details body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 问题详情，所有错误响应的主体 / RFC 9457 problem details, the body of every error",
        additionalProperties = Schema.True.class, extensions = @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when empty"))
public record Problem(
        @Schema(description = "问题类型 URI / Problem type URI", examples = "urn:gonghui:problem:station-not-found",
                format = "uri", maxLength = 200, required = true)
        String type,
        @Schema(description = "简短标题（按 Accept-Language 本地化）/ Short localised title", examples = "服务站不存在",
                maxLength = 200, required = true)
        String title,
        @Schema(description = "HTTP 状态码 / HTTP status", examples = "404", minimum = "100", maximum = "599",
                format = "int32", required = true)
        int status,
        @Schema(description = "本次出错的说明 / What went wrong this time", examples = "找不到编号为 0193… 的服务站",
                maxLength = 2000)
        String detail,
        @Schema(description = "出错的请求路径（URI 引用，URI 不能直接容纳的字符以 % 转义）；超过 2000 个字符的路径不回显 / The "
                + "request path, as a URI reference (what a URI cannot hold percent-encoded); one longer than 2,000 "
                + "characters is not echoed", examples = "/api/v1/stations/0193a6b0-0000-7000-8000-000000000000",
                maxLength = Problem.MAX_INSTANCE, pattern = Problem.INSTANCE_PATTERN, nullable = true)
        String instance,
        @Schema(description = "稳定的错误代码，客户端据此分支 / Stable code clients branch on", examples = "STATION_NOT_FOUND",
                pattern = "^[A-Z][A-Z0-9_]*$", maxLength = 64, required = true)
        String code,
        @Schema(description = "请求编号，同时出现在 X-Request-Id 头和服务日志中 / Request id, also in the X-Request-Id header and the logs",
                examples = "0193a6b0c1d27c3e9f1a2b3c4d5e6f70", maxLength = 64, pattern = "^[A-Za-z0-9._-]+$")
        String requestId,
        @Schema(description = "校验失败时逐个字段的错误 / Field errors of a failed validation", maxItems = 100)
        List<FieldError> errors,
        @JsonIgnore
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The longest request path a problem echoes: a longer one (a 414's) is the problem itself, not worth repeating. */
    public static final int MAX_INSTANCE = 2000;
    /** The ASCII punctuation a request path keeps as it is (RFC 3986 unreserved, sub-delims, ':', '@', '/', '?', '%'). */
    static final String URI_PUNCTUATION = "-._~!$&'()*+,;=:@/?%";
    static final String INSTANCE_PATTERN = "^[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*$";

    /** Problem-specific members such as {@code allowedActions}, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> otherMembers() {
        return extensions;
    }
}
