package cn.gonghui.disbursement;

import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.DataScope;
import cn.gonghui.security.Role;
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

/** The money the funds paid the member, whichever line paid it. */
@Path("/api/v1/me/disbursements")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyDisbursementResource {

    private final DisbursementQueries disbursements;
    private final Caller caller;

    public MyDisbursementResource(DisbursementQueries disbursements, Caller caller) {
        this.disbursements = disbursements;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyDisbursements", summary = "我的帮扶资金和互助保障金 / Aid paid to me",
            description = "发放给本人的生活补助、助学金、医疗救助和职工互助保障金，最新的在前。/ The living subsidy, education "
                    + "aid, medical aid and mutual-aid benefits paid to the member, newest first.")
    @APIResponse(responseCode = "200", description = "发放记录 / Disbursements")
    public Page<DisbursementView> disbursements(@Valid @BeanParam PageParams page) {
        return disbursements.list(new DataScope.OwnRecords(caller.memberId()),
                new DisbursementQueries.Filter(null, null, null), page);
    }
}
