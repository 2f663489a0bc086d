package cn.gonghui.application;

import cn.gonghui.platform.text.MultiLineText;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an officer's action; which fields an action needs is said per action. The
 * {@code result} stays free JSON here because only the application's line knows its record
 * ({@link ActionResults} reads it into that).
 */
@Schema(name = "OfficerAction", description = "干部操作 / An officer's action")
public record ActionRequest(
        @Size(max = 500)
        @Schema(description = "理由；reject 和 request-info 必填 / Reason; required by reject and request-info",
                examples = "请补充劳动合同复印件", maxLength = 500)
        @MultiLineText String reason,
        @Size(max = 2000)
        @Schema(description = "备注（仅干部可见）/ A note, for officers only", maxLength = 2000)
        @MultiLineText String note,
        @Schema(description = "invite-appointment：线下办理的服务站 / invite-appointment: the station")
        UUID stationId,
        @Schema(description = "assign：经办干部的编号（GET /api/v1/admin/lawyers 等给出）/ assign: the officer to assign, "
                + "by their id", examples = "01a21c5e-93b4-7f08-b2d6-5e1f7a3c9d42")
        UUID officerId,
        @Pattern(regexp = "^(arrived|noshow)$")
        @Schema(description = "record-visit：到场或未到 / record-visit: came or did not", enumeration = {"arrived", "noshow"})
        String outcome,
        @Schema(description = "服务自己的办理结果，其结构由申请的服务和操作决定（如法律援助 approve 为 LegalAidApproval，"
                + "困难帮扶医疗救助 approve 为 HardshipMedicalAidApproval）；其他操作不填或填 {}。"
                + "/ The line's own outcome, shaped by the application's service and the action (legal aid's approve: "
                + "LegalAidApproval; medical aid's approve: HardshipMedicalAidApproval); other actions take none or {}.",
                ref = "JsonObject")
        JsonNode result) {
}
