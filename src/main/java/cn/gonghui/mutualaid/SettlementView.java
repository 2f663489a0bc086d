package cn.gonghui.mutualaid;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a settlement; a repeat of it answers the same. */
@Schema(name = "MutualAidSettlementOutcome", description = "结算的处理结果；重复报送返回同一结果 / What became of a "
        + "settlement; a repeat answers the same")
public record SettlementView(
        @Schema(description = "结算编号 / Settlement id", examples = "YB2027060100012345", maxLength = 64) String settlementId,
        @Schema(description = "结果代码：auto_paid（免申即享，已批准并付至会员卡）、claim_filed（服务已代为建立理赔，待街道干部"
                + "审核，未自动给付：金额超过自动给付额度、会员没有有效会员卡或未同意互助保障用途；会员已收到通知）、claim_exists"
                + "（这次住院已有理赔）、not_enrolled（不是参保会员，只记录不处理）、consent_required（旧结果：仅在重复报送 2026 年"
                + "12 月前收到的结算时返回）/ auto_paid (approved and paid to the member's card without applying), "
                + "claim_filed (the service opened the claim for her and it awaits the street officer's review, not paid "
                + "automatically: above the auto-pay limit, no active card, or no standing consent to the mutual-aid "
                + "purpose; she was told), claim_exists (the stay is claimed already), not_enrolled (no enrolled member: "
                + "kept, nothing done), consent_required (historic: only a repeat of a settlement received before "
                + "December 2026 answers it)",
                enumeration = {"auto_paid", "claim_filed", "claim_exists", "not_enrolled", "consent_required"},
                examples = "claim_filed")
        String outcome,
        @Schema(description = "理赔的申请编号 / The claim's application", nullable = true) UUID applicationId) {
}
