package cn.gonghui.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new application: the service, the responsible street, the form and the documents. */
@Schema(name = "ApplicationRequest", description = "在线提交的申请 / An application submitted online")
public record ApplicationRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[a-z][a-z-]*(\\.[a-z-]+)?$")
        @Schema(description = "服务代码 / Service code", examples = "membership.join", maxLength = 40,
                pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$", required = true)
        String serviceCode,
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
        @Schema(description = "负责的街道 / The street that handles it", examples = "desheng", maxLength = 40,
                pattern = "^[a-z][a-z0-9-]*$", required = true)
        String streetCode,
        @Schema(description = "按服务表单定义填写，各服务的结构见 MembershipJoinForm 等组件 / Filled in per the "
                + "service's form definition; see the named schemas such as MembershipJoinForm",
                type = SchemaType.OBJECT, maxProperties = 100,
                examples = "{\"occupation\": \"food_delivery_rider\"}")
        JsonNode form,
        @Size(max = 20)
        @Schema(description = "已上传材料的编号 / Ids of uploaded documents", maxItems = 20, type = SchemaType.ARRAY,
                implementation = UUID.class)
        List<UUID> attachmentIds) {

    public List<UUID> attachmentIdsOrNone() {
        return attachmentIds == null ? List.of() : attachmentIds;
    }
}
