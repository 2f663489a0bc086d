package cn.gonghui.mutualaid;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.security.Caller;
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

/** The medical-insurance settlement system reports discharges (职工互助保障 免申即享). */
@Path("/api/v1/integrations/mutual-aid/settlements")
@RolesAllowed(IntegrationScopes.MUTUAL_AID_SETTLEMENTS)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.MUTUAL_AID_SETTLEMENTS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class SettlementResource {

    private final Settlements settlements;
    private final Caller caller;

    public SettlementResource(Settlements settlements, Caller caller) {
        this.settlements = settlements;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportMutualAidSettlement", summary = "报送出院结算 / Report a discharge settlement",
            description = "按结算编号幂等：重复报送返回第一次的结果，同一编号内容不同为 409。参保会员的住院，服务自动建立理赔"
                    + "并按计划计算金额（与本人申请相同），并通知会员。会员已同意互助保障用途、金额不超过自动给付额度且有有效会员卡"
                    + "的，直接批准并付至会员卡（auto_paid，免申即享）；否则理赔等待街道干部审核（claim_filed），不自动给付。"
                    + "未参保的只记录，返回 not_enrolled。/ Idempotent by the settlement id: a repeat answers the first "
                    + "outcome, another body under the same id is a 409. For an enrolled member's stay the service opens "
                    + "the claim itself, computed as a filed one, and tells her. With her standing consent to the "
                    + "mutual-aid purpose, within the auto-pay limit and to an active card it approves and pays it without "
                    + "anyone applying (auto_paid); otherwise the claim awaits the street officer's review like a filed "
                    + "one (claim_filed), nothing paid automatically. A settlement of a member not enrolled is kept and "
                    + "answered not_enrolled.")
    @APIResponse(responseCode = "200", description = "处理结果 / The outcome",
            content = @Content(schema = @Schema(implementation = SettlementView.class)))
    @APIResponse(responseCode = "409", description = "结算编号已用于内容不同的结算（SETTLEMENT_CONFLICT）/ The settlement id "
            + "was reported with another body")
    public SettlementView report(@NotNull @Valid SettlementRequest settlement) {
        String client = caller.subject();
        try {
            return settlements.receive(client, settlement);
        } catch (ApiProblem problem) {
            if (!Claims.CLAIM_EXISTS.equals(problem.code())) {
                throw problem;
            }
            // the member's own claim of the stay was stored first: the settlement is recorded against it
            return settlements.receive(client, settlement);
        }
    }
}
