package cn.gonghui.application;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the officers' queue. */
public class QueueFilter {

    @QueryParam("status")
    @Size(max = 10)
    @Parameter(description = "状态，可重复 / Status, repeatable", schema = @Schema(type = SchemaType.ARRAY, implementation = ApplicationStatus.class, maxItems = 10))
    List<@Pattern(regexp = "^[a-z_]+$") @Size(max = 30) String> status = new ArrayList<>();

    @QueryParam("serviceCode")
    @Size(max = 40)
    @Pattern(regexp = "^[a-z][a-z-]*(\\.[a-z-]+)?$")
    @Parameter(description = "服务代码 / Service code",
            schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z-]*(\\.[a-z-]+)?$"))
    String serviceCode;

    @QueryParam("streetCode")
    @Size(max = 40)
    @Pattern(regexp = "^[a-z][a-z0-9-]*$")
    @Parameter(description = "街道代码 / Street code", schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$"))
    String streetCode;

    @QueryParam("assignee")
    @Parameter(description = "经办干部编号 / The assigned officer's id")
    UUID assignee;

    @QueryParam("overdue")
    @Parameter(description = "只看超期未办结的 / Only the open ones past their expected date")
    Boolean overdue;

    @QueryParam("q")
    @Size(min = 1, max = 30)
    @Parameter(description = "受理号或申请人姓名的开头 / The start of a number or an applicant's name",
            schema = @Schema(minLength = 1, maxLength = 30))
    String q;
}
