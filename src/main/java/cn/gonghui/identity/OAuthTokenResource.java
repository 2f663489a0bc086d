package cn.gonghui.identity;

import cn.gonghui.platform.openapi.ResponseProperties;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.platform.error.FormBodies;
import cn.gonghui.platform.error.Problem;
import cn.gonghui.platform.http.NoStore;
import cn.gonghui.platform.text.TextRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The OAuth 2.0 token endpoint of integrators (client credentials). Its answers keep RFC 6749's
 * shapes and snake_case, errors included, since OAuth client libraries parse them.
 */
@Path("/api/v1/oauth/token")
@PermitAll
@Tag(name = "identity")
public class OAuthTokenResource {

    @Schema(name = "OAuthToken", description = "RFC 6749 §5.1 令牌响应 / RFC 6749 §5.1 token response")
    public record TokenResponse(
            @JsonProperty("access_token")
            @Schema(description = "访问令牌 / Access token", maxLength = 4096,
                    pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
            String accessToken,
            @JsonProperty("token_type")
            @Schema(description = "令牌类型 / Token type", enumeration = "Bearer")
            String tokenType,
            @JsonProperty("expires_in")
            @Schema(description = "有效秒数 / Lifetime in seconds", examples = "900", minimum = "1", maximum = "86400",
                    format = "int64")
            long expiresIn,
            @Schema(description = "授予的范围，空格分隔 / Granted scopes, space-separated", examples = "cards:issue",
                    maxLength = 200, pattern = "^[a-z:-]+( [a-z:-]+)*$")
            String scope) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OAuthError", description = "RFC 6749 §5.2 错误响应 / RFC 6749 §5.2 error response",
            extensions = @Extension(name = ResponseProperties.WHEN_SET, value = "omitted when null"))
    public record ErrorResponse(
            @Schema(description = "错误代码 / Error code", enumeration = {"invalid_request", "invalid_client",
                    "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"})
            String error,
            @JsonProperty("error_description")
            @Schema(description = "说明 / Description", maxLength = 200)
            String errorDescription) {
    }

    /** The form of RFC 6749 §4.4.2, with the client credentials of §2.3.1. */
    public static class TokenForm {

        @FormParam("grant_type")
        @Schema(description = "固定为 client_credentials / Always client_credentials", enumeration = "client_credentials",
                required = true)
        String grantType;

        @FormParam("client_id")
        @Schema(description = "客户端编号（或放在 HTTP Basic 中）/ Client id, or in HTTP Basic", maxLength = 64,
                pattern = "^[a-z0-9][a-z0-9._-]*$", examples = "bank-demo")
        String clientId;

        @FormParam("client_secret")
        @Schema(description = "客户端密钥（或放在 HTTP Basic 中）/ Client secret, or in HTTP Basic", maxLength = 128,
                format = "password", examples = "bank-demo-secret")
        String clientSecret;

        @FormParam("scope")
        @Schema(description = "要求的范围，空格分隔；省略则为全部已授权范围 / Scopes asked for, space-separated; "
                + "all granted ones when left out", maxLength = 200, pattern = "^[a-z:-]+( [a-z:-]+)*$",
                examples = "cards:issue")
        String scope;
    }

    private final ClientCredentials clientCredentials;

    public OAuthTokenResource(ClientCredentials clientCredentials) {
        this.clientCredentials = clientCredentials;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueClientToken", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.SIGN_IN),
            summary = "集成方获取令牌 / Integrator token",
            description = "OAuth 2.0 客户端凭据模式；凭据可放在表单或 HTTP Basic 中。范围：cards:issue、cards:verify、"
                    + "applications:read、webhooks:manage、mutual-aid:settlements。/ OAuth 2.0 client credentials, in the form or with HTTP "
                    + "Basic. Scopes: cards:issue, cards:verify, applications:read, webhooks:manage, mutual-aid:settlements.")
    @APIResponse(responseCode = "200", description = "令牌 / Token", headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "请求无效：表单的错误按 RFC 6749 回答；表单被读取之前就被拒绝的请求"
            + "（地址或查询参数不合格）以 problem+json 回答 / Invalid request: the form's errors in RFC 6749's words; a "
            + "request refused before the form is read (a malformed URI or query) as problem+json",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)),
                    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    @APIResponse(responseCode = "401", description = "客户端认证失败 / Client authentication failed",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response token(@BeanParam TokenForm form,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        String grantType = form.grantType;
        if (!"client_credentials".equals(grantType)) {
            throw grantType == null
                    ? new OAuthError(400, "invalid_request", "grant_type is required.")
                    : new OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        String[] basic = basicCredentials(authorization);
        String id = basic != null ? basic[0] : form.clientId;
        String secret = basic != null ? basic[1] : form.clientSecret;
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new OAuthError(400, "invalid_request", "client_id and client_secret are required.");
        }
        refuseControlCharacters("client_id", id);
        refuseControlCharacters("client_secret", secret);
        if (form.scope != null) {
            refuseControlCharacters("scope", form.scope);
        }
        ClientCredentials.Granted granted = clientCredentials.grant(id, secret, form.scope);
        return noStore(Response.ok(new TokenResponse(granted.accessToken(), "Bearer", granted.expiresIn(), granted.scope())));
    }

    @ServerExceptionMapper
    public Response oauthError(OAuthError error) {
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(error.error(), error.getMessage()));
        if (error.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gonghui\"");
        }
        return noStore(response);
    }

    /** RFC 6749 §5.2 for a form the framework could not decode (a {@code %zz}), instead of the general problem. */
    @ServerExceptionMapper
    public Response undecodableForm(IllegalArgumentException failure) {
        if (!FormBodies.failedParsing(failure)) {
            throw failure;
        }
        return oauthError(new OAuthError(400, "invalid_request", "The form is not well percent-encoded."));
    }

    /** The text rule of every other endpoint, answered in RFC 6749's words. */
    private static void refuseControlCharacters(String parameter, String value) {
        if (TextRule.violation(value, false).isPresent()) {
            throw new OAuthError(400, "invalid_request", parameter + " holds characters that are not allowed.");
        }
    }

    /** RFC 6749 §2.3.1: client id and secret, form-urlencoded, then Base64 in an HTTP Basic header. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new OAuthError(401, "invalid_client", "Malformed Basic credentials.");
            }
            return new String[] {urlDecode(decoded.substring(0, colon)), urlDecode(decoded.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            throw new OAuthError(401, "invalid_client", "Malformed Basic credentials.");
        }
    }

    private static String urlDecode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return NoStore.of(response);
    }
}
