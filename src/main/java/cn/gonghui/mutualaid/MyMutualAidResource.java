package cn.gonghui.mutualaid;

import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's mutual-aid protection: her enrollments, claims and cap, and enrolling herself. */
@Path("/api/v1/me/mutual-aid")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MyMutualAidResource {

    @Schema(name = "MyMutualAidEnrollmentRequest", description = "本人参保 / Enrolling oneself")
    public record SelfEnrollment(
            @NotBlank @Pattern(regexp = PlanRequest.CODE)
            @Schema(description = "计划代码 / Plan code", examples = "xicheng-2027", pattern = PlanRequest.CODE,
                    maxLength = 40, required = true) String planCode) {
    }

    private final ClaimQueries claims;
    private final Enrollments enrollments;
    private final Idempotency idempotency;
    private final Caller caller;

    public MyMutualAidResource(ClaimQueries claims, Enrollments enrollments, Idempotency idempotency, Caller caller) {
        this.claims = claims;
        this.enrollments = enrollments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyMutualAid", summary = "我的职工互助保障 / My mutual-aid protection",
            description = "参保的计划和保障期、已申请的理赔及给付、本年度剩余额度，以及可参保的计划。理赔通过 POST "
                    + "/api/v1/applications（serviceCode mutual-aid.claim）提交。/ The plans enrolled in with their coverage, "
                    + "the claims and what they paid, what is left of each year's cap, and the plans open for enrollment. "
                    + "Claims are filed with POST /api/v1/applications (serviceCode mutual-aid.claim).")
    @APIResponse(responseCode = "200", description = "互助保障 / Mutual aid",
            content = @Content(schema = @Schema(implementation = ClaimViews.MineView.class)))
    public ClaimViews.MineView mine() {
        return claims.mine(caller.memberId());
    }

    @POST
    @Path("/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enrollMyselfInMutualAid", summary = "本人参保 / Enroll myself",
            description = "没有用人单位工会的在册会员（灵活就业、新就业形态劳动者）本人参保，会费登记为应缴，线下缴纳后由干部登记。"
                    + "须先同意 mutual-aid 用途的隐私政策。带 Idempotency-Key 重试不会重复参保。/ An active member without an "
                    + "employer's union (gig and new-form workers) enrolls herself; the fee is recorded as due and an "
                    + "officer records it paid offline. Needs consent to the mutual-aid purpose. Retrying with the same "
                    + "Idempotency-Key never enrolls twice.")
    @APIResponse(responseCode = "201", description = "已参保 / Enrolled",
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划（MUTUAL_AID_PLAN_NOT_FOUND）/ No such plan")
    @APIResponse(responseCode = "409", description = "本年度已参保（ALREADY_ENROLLED）或不在参保期内（ENROLLMENT_CLOSED）/ "
            + "Enrolled for the year already, or enrollment not open")
    @APIResponse(responseCode = "422", description = "未同意隐私政策（CONSENT_REQUIRED）、不是在册会员（NOT_ACTIVE_MEMBER）或"
            + "应由单位工会参保（ENROLL_THROUGH_UNION）/ No consent, not an active member, or to be enrolled by the "
            + "employer's union")
    public Response enroll(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid SelfEnrollment request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST",
                "/api/v1/me/mutual-aid/enrollments", request),
                () -> Response.status(Response.Status.CREATED)
                        .entity(enrollments.enrollSelf(caller.memberId(), request.planCode())).build());
    }
}
