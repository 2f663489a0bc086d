package cn.gonghui.card;

import cn.gonghui.card.MerchantViews.VerificationRequest;
import cn.gonghui.card.MerchantViews.VerificationView;
import cn.gonghui.security.IntegrationScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Benefit merchants check a member's card or QR code before giving a benefit. */
@Path("/api/v1/integrations/card-verifications")
@RolesAllowed(IntegrationScopes.CARDS_VERIFY)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.CARDS_VERIFY)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class CardVerificationsResource {

    private final BenefitUses uses;

    public CardVerificationsResource(BenefitUses uses) {
        this.uses = uses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyCard", summary = "核验会员卡 / Verify a member card",
            description = "范围 cards:verify。给出会员动态码 qrToken 或卡号 cardNumber（二选一）；答复是否有效、原因，有效时"
                    + "附脱敏姓名、会籍状态和卡号后四位。核验不会使动态码失效。/ Scope cards:verify. Give the member's "
                    + "qrToken or the cardNumber (exactly one); the answer says valid or why not and, when valid, the "
                    + "masked name, membership status and last four digits. Checking does not use the QR token up.")
    @APIResponse(responseCode = "200", description = "核验结果 / The answer",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    public VerificationView verify(@NotNull @Valid VerificationRequest request) {
        return uses.verify(request.qrToken(), request.cardNumber());
    }
}
