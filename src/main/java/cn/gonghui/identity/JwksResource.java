package cn.gonghui.identity;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.identity.token.VerificationKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys of our tokens (RFC 7517), each with its kid, for anyone verifying them. */
@Path("/.well-known/jwks.json")
@PermitAll
@Tag(name = "identity")
public class JwksResource {

    @Schema(name = "JwkSet", description = "JSON Web Key Set（RFC 7517），仅公钥 / Public keys only")
    public record JwkSetSchema(
            @Schema(description = "公钥，每个都有 kid / Public keys, each with its kid", maxItems = 20, required = true)
            java.util.List<JwkSchema> keys) {
    }

    @Schema(name = "Jwk", description = "RSA 公钥（RFC 7517/7518）/ An RSA public key (RFC 7517/7518)")
    public record JwkSchema(
            @Schema(description = "密钥类型 / Key type", enumeration = "RSA", required = true) String kty,
            @Schema(description = "密钥编号，令牌头中的 kid / Key id, the kid of token headers", maxLength = 100,
                    pattern = "^[A-Za-z0-9._-]+$", examples = "gonghui-2026-11", required = true) String kid,
            @Schema(description = "用途 / Use", enumeration = "sig") String use,
            @Schema(description = "算法 / Algorithm", enumeration = "RS256") String alg,
            @Schema(description = "模数（base64url）/ Modulus, base64url", maxLength = 1400, pattern = "^[A-Za-z0-9_-]+$",
                    required = true) String n,
            @Schema(description = "指数（base64url）/ Exponent, base64url", maxLength = 16, pattern = "^[A-Za-z0-9_-]+$",
                    examples = "AQAB", required = true) String e) {
    }

    private final VerificationKeys keys;

    public JwksResource(VerificationKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJwks", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.VERIFICATION_KEYS),
            summary = "令牌验证公钥 / Token verification keys",
            description = "验证本服务令牌的公钥集；换钥时新旧公钥会同时出现。/ The keys that verify this service's "
                    + "tokens; during a key rotation the old and the new key are both here.")
    @APIResponse(responseCode = "200", description = "公钥集 / The key set",
            content = @Content(schema = @Schema(implementation = JwkSetSchema.class)))
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.asJson()).cacheControl(cache).build();
    }
}
