package cn.gonghui.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the integrator clients' administration. */
public final class IntegratorClientViews {

    static final String SCOPE = "^(cards:issue|cards:verify|applications:read|webhooks:manage|mutual-aid:settlements)$";

    private IntegratorClientViews() {
    }

    @Schema(name = "NewIntegratorClient", description = "新的集成方客户端 / A new integrator client")
    public record ClientRequest(
            @NotBlank @Size(max = 100)
            @Schema(description = "名称 / Name", examples = "北京银行 发卡系统", maxLength = 100, required = true)
            String name,
            @NotEmpty @Size(max = 5)
            @Schema(description = "授予的范围：cards:issue（发卡银行）、cards:verify（商户）、applications:read、"
                    + "webhooks:manage、mutual-aid:settlements（医保结算系统）/ Scopes granted: cards:issue (the bank), "
                    + "cards:verify (merchants), applications:read, webhooks:manage, mutual-aid:settlements (the "
                    + "medical-insurance settlement system)", minItems = 1, maxItems = 5, required = true)
            List<@NotBlank @Size(max = 40) @Pattern(regexp = SCOPE) String> scopes) {
    }

    @Schema(name = "IntegratorClient", description = "集成方客户端（不含密钥）/ An integrator client, without its secret")
    public record ClientView(
            @Schema(description = "编号 / Id", required = true) UUID id,
            @Schema(description = "OAuth client_id", examples = "ic-4k7q2m9x3t", maxLength = 64,
                    pattern = "^[a-z0-9][a-z0-9._-]*$", required = true)
            String clientId,
            @Schema(description = "名称 / Name", examples = "北京银行 发卡系统", maxLength = 100, required = true)
            String name,
            @Schema(description = "授予的范围 / Scopes granted", maxItems = 5, required = true)
            List<@Size(max = 40) String> scopes,
            @Schema(description = "状态 / Status", enumeration = {"active", "disabled"}, required = true)
            String status,
            @Schema(description = "轮换前的旧密钥在此之前仍可使用；没有则为 null / The secret replaced by the last rotation "
                    + "works until then; null when none does", nullable = true, required = true, maxLength = 35)
            Instant previousSecretValidUntil,
            @Schema(description = "创建时间 / Created", required = true) Instant createdAt) {
    }

    @Schema(name = "IntegratorClientSecret", description = "客户端和它的新密钥：密钥只显示这一次，服务端只保存其哈希 / A client "
            + "and its new secret: shown this once only; the service keeps nothing but its hash")
    public record IssuedSecret(
            @Schema(required = true) ClientView client,
            @Schema(description = "client_secret，仅此一次 / The client_secret, shown this once",
                    examples = "hN3w8Yc0pQe1rT6uV9xZ2aB5dF7gJ4kL1mN8oP3qR0s", minLength = 43, maxLength = 43,
                    pattern = "^[A-Za-z0-9_-]+$", required = true)
            String clientSecret) {
    }
}
