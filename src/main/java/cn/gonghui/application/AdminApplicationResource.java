package cn.gonghui.application;

import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.text.MultiLineText;
import cn.gonghui.application.ApplicationViews.DetailView;
import cn.gonghui.application.ApplicationViews.NoteView;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The officers' queue and their actions, always within their own streets. */
@Path("/api/v1/admin/applications")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminApplicationResource {

    @Schema(name = "NoteRequest", description = "干部备注 / An officer's note")
    public record NoteRequest(
            @NotBlank @Size(min = 1, max = 2000)
            @Schema(description = "内容 / Text", examples = "已电话联系申请人", maxLength = 2000, required = true) @MultiLineText String text) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ApplicationLists lists;
    private final ApplicationQueries queries;
    private final OfficerActions actions;
    private final Caller caller;
    private final CallerActor actor;
    private final ApplicationQueueExport export;

    public AdminApplicationResource(ApplicationLists lists, ApplicationQueries queries, OfficerActions actions,
            Caller caller, CallerActor actor, ApplicationQueueExport export) {
        this.export = export;
        this.lists = lists;
        this.queries = queries;
        this.actions = actions;
        this.caller = caller;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listApplicationQueue", summary = "待办队列 / The queue",
            description = "本辖区的申请，按提交先后；可按状态、服务、街道、经办人、超期和受理号或姓名筛选。申请人姓名已脱敏。"
                    + "/ The applications of the caller's streets, oldest first; filter by status, service, street, "
                    + "assignee, overdue, and the start of a number or name. Applicants' names are masked.")
    @APIResponse(responseCode = "200", description = "申请 / Applications")
    public Page<SummaryView> queue(@Valid @BeanParam QueueFilter filter, @Valid @BeanParam PageParams page) {
        return lists.queue(caller.dataScope(), filter, page, true);
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @Operation(operationId = "exportApplicationQueue", summary = "导出待办队列（XLSX）/ Export the queue as XLSX",
            description = "与待办队列相同的范围和筛选，全部行（不分页），申请人姓名已脱敏；边查边写，任意长度都只占一批的内存。"
                    + "/ The queue's scope and filters, every row (no pages), applicants' names masked; written as it is "
                    + "read, so any length takes the memory of one batch.")
    @APIResponse(responseCode = "200", description = "待办队列 / The queue",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Content-Disposition",
                    description = "文件名 / File name", schema = @Schema(maxLength = 100)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING, format = "binary", maxLength = 100000000)))
    public Response exportQueue(@Valid @BeanParam QueueFilter filter) {
        return Response.ok(export.export(caller.dataScope(), filter))
                .header("Content-Disposition", "attachment; filename=\"applications.xlsx\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQueuedApplication", summary = "申请详情（干部）/ An application, for officers",
            description = "含干部备注；辖区外的申请返回 404。/ With officers' notes; outside the caller's streets it is a 404.")
    @ApplicationResponses.Detail
    @ApplicationResponses.NotWithinReach
    public Response get(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id) {
        return versioned(queries.detail(id, actor.get(), caller.dataScope()));
    }

    @GET
    @Path("/{id}/sensitive")
    @Operation(operationId = "getApplicationSensitiveForm", summary = "查看敏感字段（留痕）/ The sensitive fields, audited",
            description = "收入、健康、家庭等敏感字段的明文；必须说明理由，每次查看都记入审计日志。/ The plain values of "
                    + "sensitive fields (income, health, household); a reason is required and every look is audited.")
    @APIResponse(responseCode = "200", description = "完整表单 / The whole form",
            content = @Content(schema = @Schema(implementation = ApplicationViews.SensitiveFormView.class)))
    @ApplicationResponses.NotWithinReach
    public ApplicationViews.SensitiveFormView sensitive(
            @PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @QueryParam("reason") @NotBlank @Size(min = 4, max = 200)
            @Parameter(description = "查看理由，至少 4 个字 / Why, at least 4 characters", required = true,
                    schema = @Schema(minLength = 4, maxLength = 200)) String reason) {
        return queries.sensitiveForm(id, caller.dataScope(), reason);
    }

    @POST
    @Path("/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "actOnApplication", summary = "办理操作 / Act on an application",
            description = "必须带 If-Match（详情的 ETag）；两名干部同时操作同一版本，只有一人成功，另一人得到 412。reject 和 "
                    + "request-info 需要 reason；invite-appointment 需要 stationId；assign 需要 officerId；record-visit 需要 "
                    + "outcome。不允许的操作返回 409，并列出允许的操作。/ Requires If-Match (the detail's ETag): of two "
                    + "officers acting on one version, one wins and the other gets 412. reject and request-info need a "
                    + "reason, invite-appointment a stationId, assign an officerId, record-visit an outcome. An action "
                    + "not allowed now is 409, listing the allowed ones."
                    + " 各服务自己的办理结果放在 result 中，其结构见 OfficerAction.result 的各个组件（如 LegalAidApproval）；"
                    + "服务还可限定经办人（法律援助只能指派工会律师，见 GET /api/v1/admin/lawyers）。/ A service's own "
                    + "outcome goes in result, shaped as one of OfficerAction.result's schemas (e.g. LegalAidApproval); a "
                    + "service may also restrict the assignee (legal aid: union lawyers only, see GET /api/v1/admin/lawyers).")
    @ApplicationResponses.Detail
    @APIResponse(responseCode = "404", description = "申请不存在或不在辖区内，或没有这个操作 / No such application within "
            + "reach, or no such action")
    @APIResponse(responseCode = "409", description = "当前状态不允许（ACTION_NOT_ALLOWED，含 allowedActions），或服务的记录"
            + "尚未就绪（如 AID_NOT_PAID_YET、ACTIVE_CARD_REQUIRED）/ Not allowed now, or the line's records are not ready")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "操作的字段或服务的 result 不合格（如 APPLICATION_INVALID、"
            + "LEGAL_AID_RESULT_INVALID、CLASSIFICATION_REQUIRED、APPROVED_AMOUNT_INVALID、MUTUAL_AID_RESULT_INVALID），errors 逐项"
            + "列出；互助保障给付为零时不能批准（MUTUAL_AID_NOTHING_TO_PAY）/ The action's fields or the service's result are not "
            + "valid, each named in errors; a mutual-aid claim worth nothing is not approved")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response act(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @PathParam("action") @Parameter(description = "操作 / Action", schema = @Schema(enumeration = {"accept",
                    "request-info", "invite-appointment", "record-visit", "approve", "reject", "escalate", "complete",
                    "assign"})) String action,
            @HeaderParam("If-Match") @Parameter(description = "详情的 ETag / The detail's ETag", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @Valid ActionRequest body) {
        actions.act(id, actor.get(), caller.dataScope(), action, body, ifMatch);
        return versioned(queries.detail(id, actor.get(), caller.dataScope()));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addApplicationNote", summary = "添加备注 / Add a note",
            description = "仅干部可见。/ Seen by officers only.")
    @APIResponse(responseCode = "201", description = "已添加 / Added",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @ApplicationResponses.NotWithinReach
    public Response note(@PathParam("id") @Parameter(description = "申请编号 / Application id") UUID id,
            @NotNull @Valid NoteRequest request) {
        ApplicationNote note = actions.note(id, UUID.fromString(caller.subject()), caller.dataScope(), request.text());
        return Response.created(URI.create("/api/v1/admin/applications/" + id))
                .entity(new NoteView(note.id, note.officerId, note.text, note.createdAt)).build();
    }

    private static Response versioned(Versioned<DetailView> view) {
        return Response.ok(view.view()).tag(view.tag()).build();
    }
}
