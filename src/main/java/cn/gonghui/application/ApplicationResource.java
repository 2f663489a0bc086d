package cn.gonghui.application;

import cn.gonghui.application.ApplicationViews.DetailView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Apply online and follow it: what workers do with their applications in the mini-program. */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications")
public class ApplicationResource {

    private static final String IF_MATCH_DESCRIPTION = "可选：上次读取的 ETag / Optional: the ETag last read";

    private final ApplicationSubmission submission;
    private final ApplicantActions actions;
    private final ApplicationQueries queries;
    private final Idempotency idempotency;
    private final Caller caller;
    private final CallerActor actor;

    public ApplicationResource(ApplicationSubmission submission, ApplicantActions actions, ApplicationQueries queries,
            Idempotency idempotency, Caller caller, CallerActor actor) {
        this.submission = submission;
        this.actions = actions;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "submitApplication", summary = "在线申请 / Apply online",
            description = "按服务表单校验；分配受理号和承诺办结日期（工作日，节假日按数据）。带 Idempotency-Key 的重试不会重复"
                    + "提交。/ Checked against the service's form; gets a number and an expected-by date in working "
                    + "days. A retry with the same Idempotency-Key never submits twice.")
    @APIResponse(responseCode = "201", description = "已提交 / Submitted",
            headers = {@Header(name = "Location", description = "申请地址 / The application's address",
                    schema = @Schema(maxLength = 100)), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = DetailView.class)))
    @APIResponse(responseCode = "409", description = "这次住院已有互助保障理赔（MUTUAL_AID_CLAIM_EXISTS）/ The stay is "
            + "claimed already (mutual aid)")
    @APIResponse(responseCode = "422", description = "未同意该服务用途的现行隐私政策（CONSENT_REQUIRED，带 purpose）、"
            + "表单不合格（FORM_INVALID）、服务或街道未知（APPLICATION_INVALID）、服务已停办或在该街道所属区停办"
            + "（SERVICE_NOT_AVAILABLE）、不符合申请条件、已有未办结的同类申请（APPLICATION_ALREADY_OPEN）、幂等键被另一请求用过"
            + " / No consent to the current policy of the service's purpose (with the purpose), form invalid, unknown "
            + "service or street, service switched off everywhere or in the street's district, not eligible, one "
            + "already open, idempotency key reused")
    public Response submit(@HeaderParam(IdempotentRequest.HEADER)
            @Parameter(description = "客户端生成的唯一键，重试时不变 / A unique key the client keeps across retries",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid ApplicationRequest request) {
        UUID memberId = caller.memberId();
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST",
                "/api/v1/applications", request), () -> {
                    Application created = submission.submit(memberId, request);
                    Versioned<DetailView> view = queries.detail(created, actor.get());
                    return Response.created(URI.create("/api/v1/applications/" + created.id))
                            .entity(view.view()).tag(view.tag()).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MEMBER_ROLE, Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
    @SecurityRequirement(name = "member")
    @SecurityRequirement(name = "officer")
    @Operation(operationId = "getApplication", summary = "申请详情 / An application",
            description = "申请人本人和辖区内的干部可见：状态、全部变化、预约、评价，以及调用者现在可做的操作。/ For the "
                    + "applicant and officers in scope: status, every change, the appointment, the evaluation and the "
                    + "actions the caller may take now.")
    @ApplicationResponses.Detail
    @APIResponse(responseCode = "404", description = "不存在或不在可见范围内（APPLICATION_NOT_FOUND）/ Not within reach")
    public Response get(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id) {
        return versioned(queries.detail(id, actor.get(), caller.dataScope()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "withdrawApplication", summary = "撤回 / Withdraw",
            description = "批准前的申请可随时撤回；已预约的时段会释放。批准后能否撤回由服务决定：批准已办理事项的服务"
                    + "（入会、转会、困难建档、帮扶项目、申领/补换/注销会员卡）不能撤回，法律援助和挂失可以；能撤回时 "
                    + "allowedActions 含 withdraw。/ An application can be withdrawn until approved; a booked slot is "
                    + "given back. Once approved, the service decides: where the approval acted (membership join and "
                    + "transfer, hardship file and programmes, card apply, replace and cancel) it is refused with "
                    + "WITHDRAWAL_NOT_ALLOWED; legal aid and loss reports may still be withdrawn. allowedActions offers "
                    + "withdraw exactly when it is possible.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotFound
    @APIResponse(responseCode = "409", description = "当前状态不允许（ACTION_NOT_ALLOWED），或批准后不能撤回"
            + "（WITHDRAWAL_NOT_ALLOWED，带 applicationStatus）/ Not allowed now, or not once approved "
            + "(WITHDRAWAL_NOT_ALLOWED, with the applicationStatus)")
    @StaleVersionResponse
    public Response withdraw(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(maxLength = 40))
            String ifMatch,
            @Valid ApplicantRequests.Withdrawal withdrawal) {
        String reason = withdrawal == null ? null : withdrawal.reason();
        return applicantView(actions.withdraw(id, caller.memberId(), reason, ifMatch));
    }

    @POST
    @Path("/{id}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "supplementApplication", summary = "补充材料 / Supplement",
            description = "回应“需补充材料”：说明、修改的表单字段（整体重新校验）和新材料；申请回到“已受理”。/ Answers "
                    + "needs_info with a note, changed form fields (the whole form is checked again) and documents; the "
                    + "application returns to accepted.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotFound
    @APIResponse(responseCode = "409", description = "当前状态不允许（ACTION_NOT_ALLOWED）/ Not allowed now")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "表单不合格（FORM_INVALID）/ Form invalid")
    public Response supplement(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(maxLength = 40))
            String ifMatch,
            @NotNull @Valid ApplicantRequests.Supplement supplement) {
        return applicantView(actions.supplement(id, caller.memberId(), supplement, ifMatch));
    }

    @PUT
    @Path("/{id}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "bookAppointment", summary = "预约时段 / Book a slot",
            description = "在干部指定的服务站预约时段；已预约的可改约。时段满员时返回 409。/ Books a slot at the station the "
                    + "officer proposed, or moves a booking; a full slot is 409.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotFound
    @APIResponse(responseCode = "409", description = "时段已满（SLOT_FULL）或当前状态不允许（ACTION_NOT_ALLOWED）/ "
            + "Slot full, or not allowed now")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "不是该服务站可约的时段（SLOT_UNAVAILABLE）/ Not a slot of that station")
    public Response book(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(maxLength = 40))
            String ifMatch,
            @NotNull @Valid ApplicantRequests.Booking booking) {
        return applicantView(actions.book(id, caller.memberId(), booking.slotId(), ifMatch));
    }

    @DELETE
    @Path("/{id}/appointment")
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "cancelAppointment", summary = "取消预约 / Cancel the booking",
            description = "释放已约的时段，之后可重新预约。/ Gives the slot back; a new one can be booked.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotFound
    @APIResponse(responseCode = "409", description = "没有可取消的预约（ACTION_NOT_ALLOWED）/ Nothing booked")
    @StaleVersionResponse
    public Response cancel(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(maxLength = 40))
            String ifMatch) {
        return applicantView(actions.cancelBooking(id, caller.memberId(), ifMatch));
    }

    @POST
    @Path("/{id}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "evaluateApplication", summary = "办事评价 / Rate the service",
            description = "办结或驳回后评价一次，1–5 分。/ Once, after completed or rejected, 1 to 5.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotFound
    @APIResponse(responseCode = "409", description = "尚未办结或已评价（ACTION_NOT_ALLOWED）/ Not finished, or rated already")
    public Response evaluate(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @NotNull @Valid ApplicantRequests.Rating rating) {
        return applicantView(actions.evaluate(id, caller.memberId(), rating));
    }

    /** Read again after the change committed, as the applicant now sees it. */
    private Response applicantView(Application application) {
        return versioned(queries.detail(application.id, actor.get(), caller.dataScope()));
    }

    private static Response versioned(Versioned<DetailView> view) {
        return Response.ok(view.view()).tag(view.tag()).build();
    }
}
