package cn.gonghui.privacy.rights;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member asks to close their account and have their personal data erased, and follows it. */
@Path("/api/v1/me/deletion-request")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class DeletionRequestResource {

    private static final URI LOCATION = URI.create("/api/v1/me/deletion-request");

    private final DeletionRequests requests;
    private final Caller caller;

    public DeletionRequestResource(DeletionRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "requestMyDeletion", summary = "注销并删除个人信息 / Ask to be erased",
            description = "申请注销账号并删除个人信息，不能撤回：在最迟完成时间（默认 30 天）前完成，通常几分钟内。姓名、身份证号、"
                    + "手机号、昵称、表单内容、材料和消息被删除，未办结的申请撤回，会籍终止；法律要求保存的记录（如已发放的帮扶资金）"
                    + "去标识化后保留，申请记录去除内容后保留用于统计。完成后账号不能再登录，用同一微信再次登录将是新会员。已有未完成"
                    + "的申请时返回该申请。/ Asks for the account to be closed and the personal data erased; it cannot "
                    + "be taken back. Done before the deadline (30 days by default), usually within minutes: name, ID "
                    + "number, phone, nickname, form contents, documents and messages are erased, open applications "
                    + "withdrawn, the membership ended; records a law requires to keep (such as aid paid out) stay "
                    + "pseudonymised, applications stay without their content for statistics. The account can no "
                    + "longer sign in; signing in with the same WeChat makes a new member. An open request is returned "
                    + "as it is.")
    @APIResponse(responseCode = "202", description = "已受理 / Accepted",
            headers = @Header(name = "Location", description = "查看进度的地址 / Where to follow it",
                    schema = @Schema(maxLength = 100)),
            content = @Content(schema = @Schema(implementation = DeletionRequestView.class)))
    public Response request() {
        return Response.accepted(requests.request(caller.memberId())).location(LOCATION).build();
    }

    @GET
    @Operation(operationId = "getMyDeletionRequest", summary = "注销进度 / My deletion request",
            description = "最近一次注销申请的状态和最迟完成时间；注销完成后，在访问令牌过期前仍可查看。/ The status and "
                    + "deadline of the latest request; after the erasure it stays readable until the access token "
                    + "expires.")
    @APIResponse(responseCode = "200", description = "注销申请 / The request",
            content = @Content(schema = @Schema(implementation = DeletionRequestView.class)))
    @APIResponse(responseCode = "404", description = "没有注销申请（DELETION_REQUEST_NOT_FOUND）/ No request made")
    public DeletionRequestView status() {
        return requests.status(caller.memberId());
    }
}
