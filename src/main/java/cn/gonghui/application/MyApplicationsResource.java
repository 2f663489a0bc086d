package cn.gonghui.application;

import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.DataScope;
import cn.gonghui.security.Role;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's own applications. */
@Path("/api/v1/me/applications")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyApplicationsResource {

    private final ApplicationLists lists;
    private final Caller caller;

    public MyApplicationsResource(ApplicationLists lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyApplications", summary = "我的申请 / My applications",
            description = "本人的全部申请，按提交先后。/ All of the member's applications, oldest first.")
    @APIResponse(responseCode = "200", description = "申请 / Applications")
    public Page<SummaryView> mine(@Valid @BeanParam PageParams page) {
        return lists.ofMember(new DataScope.OwnRecords(caller.memberId()), page);
    }
}
