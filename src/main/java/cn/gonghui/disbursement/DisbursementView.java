package cn.gonghui.disbursement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment as officers and its member see it: the payee's name masked. */
@Schema(name = "Disbursement", description = "资金发放记录（困难帮扶、职工互助保障）/ Money paid out of a union fund "
        + "(hardship aid, mutual-aid benefits)")
public record DisbursementView(
        @Schema(description = "编号 / Id") UUID id,
        @Schema(description = "项目 / Programme", enumeration = {"hardship.living-subsidy", "hardship.education-aid",
                "hardship.medical-aid", "mutual-aid.claim"}) String programme,
        @Schema(description = "所属期：月（2026-12）或年（2026）/ Period: a month or a year",
                examples = "2026-12", pattern = "^\\d{4}(-\\d{2})?$", maxLength = 7) String period,
        @Schema(description = "受益人：家庭成员序号（member-2）、申请编号或空（职工本人）/ Beneficiary: a household member, "
                + "the claim, or empty for the worker", examples = "member-2", maxLength = 60) String beneficiary,
        @Schema(description = "金额（元）/ Amount, yuan", examples = "200.00", pattern = "^\\d{1,12}\\.\\d{2}$",
                maxLength = 15) String amount,
        @Schema(description = "状态 / Status", enumeration = {"scheduled", "paid", "failed"}) String status,
        @Schema(description = "支付流水号 / Payment reference", maxLength = 100, nullable = true) String reference,
        @Schema(description = "失败原因 / Why it failed", maxLength = 500, nullable = true) String reason,
        @Schema(description = "收款人（脱敏）/ Payee, masked", examples = "张*", maxLength = 30, nullable = true)
        String payeeName,
        @Schema(description = "所属街道 / Street", examples = "desheng", maxLength = 40) String streetCode,
        @Schema(description = "批准发放的申请 / The approved application") UUID applicationId,
        @Schema(description = "发放所属的记录：困难职工档案或互助保障理赔 / The record it belongs to: a hardship file or a "
                + "mutual-aid claim") UUID sourceId,
        @Schema(description = "困难职工档案（同 sourceId，保留给现有客户端）/ The hardship file (the same as sourceId, kept "
                + "for existing clients)", deprecated = true) UUID fileId,
        @Schema(description = "收款的会员卡（互助保障付至本人有效会员卡）/ The member card paid into (mutual aid pays to the "
                + "member's active card)", nullable = true) UUID payeeCardId,
        @Schema(description = "创建时间 / Created") Instant createdAt,
        @Schema(description = "更新时间 / Updated") Instant updatedAt) {
}
