package cn.gonghui.card;

import cn.gonghui.card.MerchantViews.BenefitUseRequest;
import cn.gonghui.card.MerchantViews.BenefitUseView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Benefit merchants record a benefit a member used (刷卡服务), safely retried. */
@Path("/api/v1/integrations/benefit-uses")
@RolesAllowed(IntegrationScopes.CARDS_VERIFY)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.CARDS_VERIFY)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class BenefitUsesResource {

    private static final String PATH = "/api/v1/integrations/benefit-uses";

    private final BenefitUses uses;
    private final Idempotency idempotency;
    private final Caller caller;

    public BenefitUsesResource(BenefitUses uses, Idempotency idempotency, Caller caller) {
        this.uses = uses;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordBenefitUse", summary = "记录普惠服务使用 / Record a benefit use",
            description = "范围 cards:verify。会员动态码或卡号（二选一），服务项目和金额；动态码因此失效，只能用一次。带相同 "
                    + "Idempotency-Key 的重试返回首次的答复，不会重复记录。/ Scope cards:verify. The member's QR token or "
                    + "card number (exactly one), the programme and the amount; the QR token is used up by this, once. A "
                    + "retry with the same Idempotency-Key gets the first answer and never records twice; without the "
                    + "key the request is a 400 (IDEMPOTENCY_KEY_REQUIRED).")
    @APIResponse(responseCode = "400", description = "缺少或无效的 Idempotency-Key（IDEMPOTENCY_KEY_REQUIRED、"
            + "INVALID_IDEMPOTENCY_KEY）或请求体不合格 / Idempotency-Key missing or invalid, or a malformed body")
    @APIResponse(responseCode = "201", description = "已记录 / Recorded",
            content = @Content(schema = @Schema(implementation = BenefitUseView.class)))
    @APIResponse(responseCode = "422", description = "动态码已过期（QR_TOKEN_EXPIRED）或已用过（QR_TOKEN_USED）、无法识别"
            + "（CARD_UNKNOWN）、卡片不在使用中（CARD_INACTIVE）、会籍无效（MEMBERSHIP_REQUIRED）、服务项目未知"
            + "（BENEFIT_PROGRAMME_UNKNOWN）、幂等键被另一请求用过（IDEMPOTENCY_KEY_REUSED）/ QR token expired or used, "
            + "card unknown or not in use, membership not active, unknown programme, idempotency key reused")
    public Response record(@HeaderParam(IdempotentRequest.HEADER)
            @Parameter(description = "客户端生成的唯一键，重试时不变；必填 / A unique key the client keeps across retries; "
                    + "required", required = true, schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid BenefitUseRequest request) {
        return idempotency.executeWithKey(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", PATH, request),
                () -> Response.status(Response.Status.CREATED).entity(uses.record(caller.subject(), request)).build());
    }
}
