package cn.gonghui.application;

import cn.gonghui.platform.text.MultiLineText;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What applicants send with their own actions. */
public final class ApplicantRequests {

    private ApplicantRequests() {
    }

    @Schema(name = "Withdrawal", description = "撤回申请 / Withdraw an application")
    public record Withdrawal(
            @Size(max = 500) @Schema(description = "原因（可选）/ Why, optional", maxLength = 500, nullable = true)
            @MultiLineText String reason) {
    }

    @Schema(name = "Supplement", description = "按要求补充材料 / The information asked for")
    public record Supplement(
            @NotBlank @Size(min = 2, max = 1000)
            @Schema(description = "说明 / A note for the officer", examples = "已补充劳动合同", minLength = 2,
                    maxLength = 1000, required = true) @MultiLineText String note,
            @Schema(description = "要修改的表单字段 / The form fields to change", type = SchemaType.OBJECT,
                    maxProperties = 100) JsonNode form,
            @Size(max = 20) @Schema(description = "补充的材料 / Further documents", maxItems = 20, type = SchemaType.ARRAY,
                    implementation = UUID.class) List<UUID> attachmentIds) {

        public List<UUID> attachmentIdsOrNone() {
            return attachmentIds == null ? List.of() : attachmentIds;
        }
    }

    @Schema(name = "AppointmentBooking", description = "预约时段 / The slot to book")
    public record Booking(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[0-9a-f-]{36}_\\d{12}$")
            @Schema(description = "GET /stations/{id}/slots 返回的时段编号 / A slot id from GET /stations/{id}/slots",
                    examples = "01a20144-3af1-7ea3-9ce3-d9690a412c72_202611240900", maxLength = 60,
                    pattern = "^[0-9a-f-]{36}_\\d{12}$", required = true) String slotId) {
    }

    @Schema(name = "EvaluationRequest", description = "办事评价 / Rate the service")
    public record Rating(
            @NotNull @Min(1) @Max(5)
            @Schema(description = "1 到 5 分 / 1 to 5", examples = "5", minimum = "1", maximum = "5", format = "int32",
                    required = true) Integer rating,
            @Size(max = 500) @Schema(description = "评价（可选）/ A comment, optional", examples = "办理很快，服务热情",
                    maxLength = 500) @MultiLineText String comment) {
    }
}
