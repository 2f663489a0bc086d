package cn.gonghui.integration;

import cn.gonghui.application.ApplicationLists;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.application.QueueFilter;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.IntegrationScopes;
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

/** The district's other systems read applications: the queue's filters, personal data masked. */
@Path("/api/v1/integrations/applications")
@RolesAllowed(IntegrationScopes.APPLICATIONS_READ)
@SecurityRequirement(name = "integrator", scopes = IntegrationScopes.APPLICATIONS_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class IntegrationApplicationsResource {

    private final ApplicationLists lists;

    public IntegrationApplicationsResource(ApplicationLists lists) {
        this.lists = lists;
    }

    @GET
    @Operation(operationId = "listApplicationsForIntegrators", summary = "读取申请 / Read applications",
            description = "范围 applications:read；全区的申请，按提交先后，申请人姓名脱敏。/ Scope applications:read: the "
                    + "district's applications, oldest first, applicants' names masked.")
    @APIResponse(responseCode = "200", description = "申请 / Applications")
    public Page<SummaryView> list(@Valid @BeanParam QueueFilter filter, @Valid @BeanParam PageParams page) {
        return lists.queue(new DataScope.Everything(), filter, page, true);
    }
}
