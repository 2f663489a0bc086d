package cn.gonghui.mutualaid;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a settlement; a repeat of it answers the same. */
@Schema(name = "MutualAidSettlementOutcome", description = "结算的处理结果；重复报送返回同一结果 / What became of a "
        + "settlement; a repeat answers the same")
public record SettlementView(
        @Schema(description = "结算编号 / Settlement id", examples = "YB2027060100012345", maxLength = 64) String settlementId,
        @Schema(description = "结果代码：auto_paid（免申即享，已批准并付至会员卡）、claim_filed（已建理赔，待干部审核）、"
                + "claim_exists（这次住院已有理赔）、not_enrolled（不是参保会员，只记录不处理）、consent_required（会员未同意"
                + "互助保障用途，已提醒本人申请）/ auto_paid (approved and paid to the member's card without applying), "
                + "claim_filed (a claim waits for an officer), claim_exists (the stay is claimed already), not_enrolled "
                + "(no enrolled member: kept, nothing done), consent_required (the member has not consented; she was "
                + "told to claim herself)",
                enumeration = {"auto_paid", "claim_filed", "claim_exists", "not_enrolled", "consent_required"})
        String outcome,
        @Schema(description = "理赔的申请编号 / The claim's application", nullable = true) UUID applicationId) {
}
