package cn.gonghui.disclosure;

import cn.gonghui.attachment.OfficerUploadResponses;
import cn.gonghui.attachment.AttachmentResource;
import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.disclosure.DisclosureViews.CorrectionRequest;
import cn.gonghui.disclosure.DisclosureViews.DisclosureRequest;
import cn.gonghui.disclosure.DisclosureViews.DisclosureView;
import cn.gonghui.disclosure.DisclosureViews.OfficerSummaryView;
import cn.gonghui.disclosure.DisclosureViews.WithdrawRequest;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Problem;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 会务公开 for officers: drafts, publication, corrections and withdrawal, within their unions. */
@Path("/api/v1/admin/disclosures")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminDisclosureResource {

    private static final String BASE = "/api/v1/admin/disclosures";
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String REACH = "街道干部管理本街道工会的文件，区干部管理本区及其街道的，管理员管理全部。/ Street officers manage their "
            + "streets' documents, district officers the district's and its streets', administrators all. ";
    private static final String CREATE_EXAMPLE = """
            {"kind": "fund_budget", "title": "德胜街道工会2026年经费预算", "year": 2026, "body": "一、收入……",
             "attachmentIds": [], "streetCode": "desheng",
             "fundTotals": {"income": "860000.00", "expenditure": "812345.50", "balance": "47654.50"}}""";

    private final Disclosures disclosures;
    private final OfficerDisclosures officerList;
    private final Attachments attachments;
    private final Idempotency idempotency;
    private final Caller caller;

    public AdminDisclosureResource(Disclosures disclosures, OfficerDisclosures officerList, Attachments attachments,
            Idempotency idempotency, Caller caller) {
        this.disclosures = disclosures;
        this.officerList = officerList;
        this.attachments = attachments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDisclosure", summary = "新建公开文件（草稿）/ Create a document as a draft",
            description = REACH + "草稿只有干部可见；经费类文件须带合计且收入 − 支出 = 结余。带 Idempotency-Key 重试不会重复创建。/ "
                    + "A draft is seen by officers only; fund documents carry totals that add up (income − expenditure = "
                    + "balance). Retrying with the same Idempotency-Key never creates twice.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DisclosureRequest.class),
            examples = @ExampleObject(name = "fundBudget", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "草稿 / The draft", headers = {@Header(name = "ETag", ref = "ETag"),
            @Header(name = "Location", description = "文件的地址 / Where it is",
                    schema = @Schema(format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @APIResponse(responseCode = "403", description = "不是自己辖区的工会（DISCLOSURE_OUT_OF_REACH）或角色不允许 / Not a union "
            + "within the caller's reach, or the role does not allow it")
    @APIResponse(responseCode = "422", description = "街道或区、合计或附件不对（DISCLOSURE_INVALID，errors 逐项说明），或幂等键已用于"
            + "另一请求（IDEMPOTENCY_KEY_REUSED）/ Street or district, totals or files wrong (DISCLOSURE_INVALID, each in "
            + "errors), or the Idempotency-Key was used for another request")
    public Response create(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid DisclosureRequest request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<DisclosureView> created = disclosures.create(caller.dataScope(), officer(), request);
            return Response.created(URI.create(BASE + "/" + created.view().id())).entity(created.view())
                    .tag(created.tag()).build();
        });
    }

    @POST
    @Path("/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadDisclosureAttachment", summary = "上传公开文件的附件 / Upload a file for a document",
            description = "multipart/form-data，字段 file；JPEG、PNG 或 PDF，按内容识别，最大 10 MB。文件在其文件公开后才能下载。/ "
                    + "multipart/form-data with a part named file: JPEG, PNG or PDF, sniffed, at most 10 MB. It downloads "
                    + "only once its document is published.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentResource.UploadForm.class)))
    @OfficerUploadResponses
    public Response upload(@RestForm("file") @Parameter(hidden = true) FileUpload file) {
        AttachmentView uploaded = attachments.uploadByOfficer(officer(), file);
        return Response.status(Response.Status.CREATED).entity(uploaded).build();
    }

    @GET
    @Operation(operationId = "listAdminDisclosures", summary = "公开文件列表（干部）/ Documents (officers)",
            description = REACH + "含草稿和已撤回的，新建的在前。/ Drafts and withdrawn ones included, the newest first.")
    @APIResponse(responseCode = "200", description = "文件 / Documents")
    public Page<OfficerSummaryView> list(
            @QueryParam("status") @Pattern(regexp = "^(draft|published|withdrawn)$")
            @Parameter(description = "状态 / Status", schema = @Schema(enumeration = {"draft", "published", "withdrawn"},
                    maxLength = 9)) String status,
            @QueryParam("kind") @Pattern(regexp = "^(" + DisclosureViews.KINDS + ")$")
            @Parameter(description = "类别 / Kind", schema = @Schema(enumeration = {"work_plan", "work_report", "fund_budget",
                    "fund_final_accounts", "audit_report", "democratic_review", "notice"}, maxLength = 30)) String kind,
            @QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "年度 / Year", example = "2026",
                    schema = @Schema(minimum = "2000", maximum = "2100", format = "int32")) Integer year,
            @Valid @BeanParam PageParams page) {
        return officerList.list(caller.dataScope(), new OfficerDisclosures.Filter(status, kind, year), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminDisclosure", summary = "公开文件（干部）/ A document (officers)",
            description = REACH + "任何状态，带 ETag。/ In any status, with its ETag.")
    @APIResponse(responseCode = "200", description = "文件 / The document", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @DisclosureNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id) {
        return versioned(disclosures.get(caller.dataScope(), id));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishDisclosure", summary = "公开 / Publish",
            description = REACH + "草稿公开后所有人可见，附件可免登录下载。须带 If-Match。/ A published draft is seen by everyone "
                    + "and its files download without sign-in. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "已公开 / Published", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @DisclosureNotFoundResponse
    @APIResponse(responseCode = "409", description = "不是草稿（DISCLOSURE_STATE_CONFLICT，currentStatus）/ Not a draft")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response publish(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch) {
        return versioned(disclosures.publish(caller.dataScope(), id, ifMatch));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawDisclosure", summary = "撤回 / Withdraw",
            description = REACH + "撤回后不再公开，附件也不能再下载；理由留给干部查看。须带 If-Match。/ Withdrawn, it is no longer "
                    + "public, nor are its files; the reason stays for officers. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "已撤回 / Withdrawn", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @DisclosureNotFoundResponse
    @APIResponse(responseCode = "409", description = "已撤回（DISCLOSURE_STATE_CONFLICT）/ Withdrawn already")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response withdraw(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid WithdrawRequest request) {
        return versioned(disclosures.withdraw(caller.dataScope(), id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctDisclosure", summary = "更正 / Correct",
            description = REACH + "已公开的文件以新版本更正，旧版本仍可查阅并写明改了什么。须带 If-Match。/ A published document is "
                    + "corrected by a new version; the old one stays readable, and the change note says what changed. "
                    + "Needs If-Match.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CorrectionRequest.class),
            examples = @ExampleObject(name = "totals", value = """
                    {"title": "德胜街道工会2026年经费预算（更正）", "body": "一、收入……", "attachmentIds": [],
                     "fundTotals": {"income": "860000.00", "expenditure": "812000.00", "balance": "48000.00"},
                     "changeNote": "更正支出合计"}""")))
    @APIResponse(responseCode = "200", description = "新版本 / The new version", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @DisclosureNotFoundResponse
    @APIResponse(responseCode = "409", description = "未公开或已撤回（DISCLOSURE_STATE_CONFLICT）/ Not published")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "合计或附件不对（DISCLOSURE_INVALID）/ Totals or files wrong")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response correct(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid CorrectionRequest request) {
        return versioned(disclosures.correct(caller.dataScope(), id, ifMatch, officer(), request));
    }

    private UUID officer() {
        return UUID.fromString(caller.subject());
    }

    private static Response versioned(Versioned<DisclosureView> disclosure) {
        return Response.ok(disclosure.view()).tag(disclosure.tag()).build();
    }
}
