package cn.gonghui.privacy.audit;

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

/** The audit trail, for auditors only: newest first, filtered, keyset-paged. */
@Path("/api/v1/admin/audit-events")
@RolesAllowed(Role.AUDITOR_ROLE)
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditEventsResource {

    private final AuditTrail trail;

    public AuditEventsResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "审计日志 / The audit trail",
            description = "仅审计员可看：登录、干部操作、个人信息查看、数据导出等，最新的在前。/ For auditors only: sign-ins, "
                    + "officer actions, looks at personal data, exports; newest first.")
    @APIResponse(responseCode = "200", description = "审计事件 / Audit events")
    public Page<AuditTrail.EventView> list(@Valid @BeanParam AuditTrail.Filter filter, @Valid @BeanParam PageParams page) {
        return trail.list(filter, page);
    }
}
