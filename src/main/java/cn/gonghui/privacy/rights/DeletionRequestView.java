package cn.gonghui.privacy.rights;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeletionRequest", description = "注销账号并删除个人信息的申请 / A request to close the account and erase "
        + "the member's personal data")
public record DeletionRequestView(
        @Schema(description = "申请编号 / Request id") UUID id,
        @Schema(description = "状态：待处理、已完成 / Status: pending, or completed once the data is erased",
                enumeration = {"pending", "completed"}) String status,
        @Schema(description = "申请时间 / When it was made") Instant requestedAt,
        @Schema(description = "最迟完成时间（默认申请后 30 天；通常在几分钟内完成）/ The deadline, 30 days after the "
                + "request by default; usually done within minutes") Instant dueBy,
        @Schema(description = "完成时间 / When the data was erased", nullable = true, format = "date-time",
                maxLength = 35) Instant completedAt) {

    static DeletionRequestView of(DeletionRequest request) {
        return new DeletionRequestView(request.id, request.status.code(), request.requestedAt, request.dueBy,
                request.completedAt);
    }
}
