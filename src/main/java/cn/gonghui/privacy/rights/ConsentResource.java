package cn.gonghui.privacy.rights;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.privacy.rights.ConsentViews.ConsentList;
import cn.gonghui.privacy.rights.ConsentViews.ConsentRequest;
import cn.gonghui.privacy.rights.ConsentViews.ConsentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's consents: what they agreed their data may be used for, given and withdrawn per purpose. */
@Path("/api/v1/me/consents")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class ConsentResource {

    private static final String PURPOSE = "用途 / The purpose";

    private final Consents consents;
    private final Caller caller;

    public ConsentResource(Consents consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyConsents", summary = "我的同意 / My consents",
            description = "每项用途（入会、法律援助、困难帮扶、会员卡）是否已同意现行隐私政策，所同意的版本和时间。法律援助和困难"
                    + "帮扶涉及敏感个人信息，须单独同意，不因同意其他用途而视为同意。/ For each purpose (membership, legal "
                    + "aid, hardship, card): whether the member consented to the current privacy policy, to which "
                    + "version and when. Legal aid and hardship involve sensitive personal information and need their "
                    + "own consent, never implied by another purpose's.")
    @APIResponse(responseCode = "200", description = "各项用途的同意 / The consent to every purpose",
            content = @Content(schema = @Schema(implementation = ConsentList.class)))
    public ConsentList list() {
        return new ConsentList(consents.of(caller.memberId()));
    }

    @PUT
    @Path("/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveConsent", summary = "同意 / Consent",
            description = "同意某项用途的现行隐私政策；须提交现行版本号（见 currentPolicyVersion）。已同意同一版本时不变；同意"
                    + "新版本时旧版本的同意结束。/ Consents to the current privacy policy of a purpose, whose version must "
                    + "be sent (see currentPolicyVersion). Consenting again to the same version changes nothing; "
                    + "consenting to a new version ends the consent to the old one.")
    @APIResponse(responseCode = "200", description = "该用途的同意 / The consent to the purpose",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "没有这项用途（PURPOSE_NOT_FOUND）/ No such purpose")
    @APIResponse(responseCode = "422", description = "不是现行的隐私政策版本（POLICY_VERSION_OUTDATED）/ Not the current "
            + "policy version")
    public ConsentView give(@PathParam("purpose") @Parameter(description = PURPOSE, schema = @Schema(
                    enumeration = {"membership", "legal-aid", "hardship", "card", "mutual-aid"}, maxLength = 20)) String purpose,
            @NotNull @Valid ConsentRequest request) {
        return consents.grant(caller.memberId(), purpose, request.policyVersion());
    }

    @DELETE
    @Path("/{purpose}")
    @Operation(operationId = "withdrawConsent", summary = "撤回同意 / Withdraw consent",
            description = "撤回后不能再申请该用途的服务；已提交的申请不受影响。重复撤回不改变结果。/ After withdrawing, the "
                    + "purpose's services cannot be applied for; applications already made are not affected. "
                    + "Withdrawing again changes nothing.")
    @APIResponse(responseCode = "200", description = "该用途的同意 / The consent to the purpose",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "没有这项用途（PURPOSE_NOT_FOUND）/ No such purpose")
    public ConsentView withdraw(@PathParam("purpose") @Parameter(description = PURPOSE, schema = @Schema(
            enumeration = {"membership", "legal-aid", "hardship", "card", "mutual-aid"}, maxLength = 20)) String purpose) {
        return consents.withdraw(caller.memberId(), purpose);
    }
}
