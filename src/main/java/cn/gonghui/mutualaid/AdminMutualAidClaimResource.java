package cn.gonghui.mutualaid;

import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The street checks a claim with its computation; officers record enrollment fees paid offline. */
@Path("/api/v1/admin/mutual-aid")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminMutualAidClaimResource {

    private final ClaimQueries claims;
    private final Enrollments enrollments;
    private final Caller caller;

    public AdminMutualAidClaimResource(ClaimQueries claims, Enrollments enrollments, Caller caller) {
        this.claims = claims;
        this.enrollments = enrollments;
        this.caller = caller;
    }

    @GET
    @Path("/claims/{applicationId}")
    @Operation(operationId = "getMutualAidClaim", summary = "理赔及计算（留痕）/ A claim with its computation, audited",
            description = "住院的医院、日期和金额属敏感个人信息，须说明理由。理赔所在街道的干部看明文，每次查看记入审计；区级干部"
                    + "（辖区内、但不是理赔所在街道）看到医院、日期和金额已遮蔽（masked），加 plaintext=true 才看明文，同样按理由"
                    + "记入审计；辖区外的理赔为 404。审批按此处的计算，批准时按当时的年度剩余限额重新计算。/ The hospital, dates "
                    + "and amounts are sensitive: a reason is required. The officers of the claim's street see them plain, "
                    + "every look audited; the district's officers (within reach, not of its street) see them masked "
                    + "(masked) and plain only with plaintext=true, audited with the reason likewise; outside the caller's "
                    + "streets it is a 404. Approval recomputes with what is left of the year's cap then.")
    @APIResponse(responseCode = "200", description = "理赔 / The claim",
            content = @Content(schema = @Schema(implementation = ClaimViews.OfficerView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（APPLICATION_NOT_FOUND）/ Not within reach")
    public ClaimViews.OfficerView claim(
            @PathParam("applicationId") @Parameter(description = "申请编号 / Application id") UUID applicationId,
            @QueryParam("reason") @NotBlank @Size(min = 4, max = 200)
            @Parameter(description = "查看理由，至少 4 个字 / Why, at least 4 characters", required = true,
                    schema = @Schema(minLength = 4, maxLength = 200)) String reason,
            @QueryParam("plaintext") @Parameter(description = "理赔所在街道以外的干部查看明文（留痕）/ Plain text for an officer "
                    + "outside the claim's street (audited)", schema = @Schema(type = SchemaType.BOOLEAN)) Boolean plaintext) {
        // a street officer reaches a claim only of her own streets; a district officer reaches the district's
        return claims.forOfficer(applicationId, caller.dataScope(), reason, caller.hasRole(Role.OFFICER),
                Boolean.TRUE.equals(plaintext));
    }

    @GET
    @Path("/enrollments/{id}")
    @Operation(operationId = "getMutualAidEnrollment", summary = "参保记录 / An enrollment",
            description = "带 ETag，登记会费时放入 If-Match；辖区外为 404。/ With the ETag to send in If-Match when recording "
                    + "the fee; outside the caller's streets a 404.")
    @APIResponse(responseCode = "200", description = "参保记录 / The enrollment", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（MUTUAL_AID_ENROLLMENT_NOT_FOUND）/ Not within reach")
    public Response enrollment(@PathParam("id") @Parameter(description = "参保记录编号 / Enrollment id") UUID id) {
        Versioned<EnrollmentView> enrollment = enrollments.get(id, caller.dataScope());
        return Response.ok(enrollment.view()).tag(enrollment.tag()).build();
    }

    @POST
    @Path("/enrollments/{id}/fee-payment")
    @Operation(operationId = "recordMutualAidFeePaid", summary = "登记会费已缴 / Record the fee paid",
            description = "本人参保的会费线下缴纳后由干部登记；重复登记返回当前记录。须带 If-Match。/ The fee of a member's own "
                    + "enrollment is paid offline and recorded by an officer; recording it again answers the record. "
                    + "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "参保记录 / The enrollment", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（MUTUAL_AID_ENROLLMENT_NOT_FOUND）/ Not within reach")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response feePaid(
            @PathParam("id") @Parameter(description = "参保记录编号 / Enrollment id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch) {
        Versioned<EnrollmentView> paid = enrollments.recordFeePaid(id, caller.dataScope(), ifMatch);
        return Response.ok(paid.view()).tag(paid.tag()).build();
    }
}
