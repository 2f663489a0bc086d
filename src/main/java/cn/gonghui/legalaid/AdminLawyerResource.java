package cn.gonghui.legalaid;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The union lawyers an officer can assign legal aid to. */
@Path("/api/v1/admin/lawyers")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminLawyerResource {

    private final Lawyers lawyers;
    private final Caller caller;

    public AdminLawyerResource(Lawyers lawyers, Caller caller) {
        this.lawyers = lawyers;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listLawyers", summary = "可指派的工会律师 / Union lawyers to assign",
            description = "负责调用者辖区内街道（或其所在全区）的工会律师，按编号排序；只含显示名和负责的街道。法律援助申请的 "
                    + "assign 操作只接受这些律师（否则 422 ASSIGNEE_NOT_LAWYER 或 ASSIGNEE_OUT_OF_SCOPE）。"
                    + "/ The union lawyers who work a street of the caller's scope, or its whole district, by id; "
                    + "display name and streets only. Legal aid's assign action takes only these (otherwise 422 "
                    + "ASSIGNEE_NOT_LAWYER or ASSIGNEE_OUT_OF_SCOPE).")
    @APIResponse(responseCode = "200", description = "律师 / Lawyers")
    public Page<LawyerView> list(
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只看能办理这个街道申请的律师 / Only lawyers who can take this street's requests",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @Valid @BeanParam PageParams page) {
        return lawyers.list(caller.dataScope(), Optional.ofNullable(streetCode), page);
    }
}
