package cn.gonghui.disbursement;

import cn.gonghui.disbursement.DisbursementView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers follow the money the funds pay out in their streets (hardship aid, mutual-aid benefits) and record whether it was paid. */
@Path("/api/v1/admin/disbursements")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminDisbursementResource {

    @Schema(name = "DisbursementStatusReport", description = "发放结果 / What became of a payment")
    public record StatusRequest(
            @NotNull @Pattern(regexp = "^(paid|failed|scheduled)$")
            @Schema(description = "新状态：paid、failed；失败后重新安排为 scheduled / The new status: paid or failed; "
                    + "scheduled again after a failure", enumeration = {"paid", "failed", "scheduled"}, required = true)
            String status,
            @Size(max = 100) @Pattern(regexp = "^[\\x21-\\x7e]*$")
            @Schema(description = "支付流水号（paid）/ Payment reference (paid)", examples = "BOC20261201000123",
                    maxLength = 100, pattern = "^[\\x21-\\x7e]*$")
            String reference,
            @Size(max = 500)
            @Schema(description = "失败原因（failed）/ Why it failed (failed)", examples = "账户已销户", maxLength = 500)
            String reason) {
    }

    private final DisbursementQueries queries;
    private final DisbursementReports reports;
    private final Caller caller;

    public AdminDisbursementResource(DisbursementQueries queries, DisbursementReports reports, Caller caller) {
        this.queries = queries;
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDisbursements", summary = "发放记录 / Disbursements",
            description = "本辖区的帮扶资金和互助保障金发放记录，最新的在前；可按状态、所属期和项目筛选。收款人姓名已脱敏。/ The aid "
                    + "paid out in the caller's streets, newest first; filter by status, period and programme. Payees' "
                    + "names are masked.")
    @APIResponse(responseCode = "200", description = "发放记录 / Disbursements")
    @APIResponse(responseCode = "400", description = "参数或游标无效 / Invalid parameter or cursor")
    public Page<DisbursementView> list(
            @QueryParam("status") @Pattern(regexp = "^(scheduled|paid|failed)$")
            @Parameter(description = "状态 / Status", schema = @Schema(enumeration = {"scheduled", "paid", "failed"}))
            String statusFilter,
            @QueryParam("period") @Pattern(regexp = "^\\d{4}(-\\d{2})?$")
            @Parameter(description = "所属期 / Period", example = "2026-12",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2})?$", maxLength = 7)) String period,
            @QueryParam("programme") @Pattern(regexp = "^(hardship\\.(living-subsidy|education-aid|medical-aid)|mutual-aid\\.claim)$")
            @Parameter(description = "项目 / Programme", schema = @Schema(enumeration = {"hardship.living-subsidy",
                    "hardship.education-aid", "hardship.medical-aid", "mutual-aid.claim"})) String programme,
            @Valid @BeanParam PageParams page) {
        return queries.list(caller.dataScope(), new DisbursementQueries.Filter(
                statusFilter == null || statusFilter.isBlank() ? null : DisbursementStatus.ofCode(statusFilter), period,
                programme), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDisbursement", summary = "一条发放记录 / A disbursement",
            description = "辖区外的记录返回 404。/ Outside the caller's streets it is a 404.")
    @APIResponse(responseCode = "200", description = "发放记录 / The disbursement", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（DISBURSEMENT_NOT_FOUND）/ Not within reach")
    public Response get(@PathParam("id") @Parameter(description = "发放记录编号 / Disbursement id") UUID id) {
        return versioned(queries.detail(queries.find(id, caller.dataScope())));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportDisbursementStatus", summary = "登记发放结果 / Record what became of a payment",
            description = "scheduled → paid 或 failed，failed → scheduled（重新安排）；同样的登记重复提交不改变任何内容并返回"
                    + "当前记录。需 If-Match。/ scheduled → paid or failed, failed → scheduled (try again); the same report "
                    + "sent again changes nothing and answers the record. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "发放记录 / The disbursement", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（DISBURSEMENT_NOT_FOUND）/ Not within reach")
    @APIResponse(responseCode = "409", description = "当前状态不能这样变更（DISBURSEMENT_STATUS_CONFLICT）/ Not a move "
            + "allowed from the current status")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response report(@PathParam("id") @Parameter(description = "发放记录编号 / Disbursement id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read",
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid StatusRequest request) {
        Disbursement changed = reports.report(id, caller.dataScope(),
                new DisbursementReports.Report(DisbursementStatus.ofCode(request.status()), request.reference(),
                        request.reason()), ifMatch);
        return versioned(queries.detail(changed));
    }

    private static Response versioned(Versioned<DisbursementView> view) {
        return Response.ok(view.view()).tag(view.tag()).build();
    }
}
