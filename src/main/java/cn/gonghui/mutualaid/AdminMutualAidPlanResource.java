package cn.gonghui.mutualaid;

import cn.gonghui.identity.Officers;
import cn.gonghui.place.StreetQueries;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

/**
 * District officers keep their district's mutual-aid plans (administrators any district's); street
 * officers read their districts' plans and enroll their members.
 */
@Path("/api/v1/admin/mutual-aid/plans")
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminMutualAidPlanResource {

    private static final String BASE = "/api/v1/admin/mutual-aid/plans";

    @Schema(name = "MutualAidEnrollmentRequest", description = "集体参保的会员 / The members a union enrolls")
    public record EnrollmentRequest(
            @NotEmpty @Size(max = 500)
            @Schema(description = "会员编号（本辖区在册会员）/ Member ids, active members of the caller's streets",
                    minItems = 1, maxItems = 500, required = true, type = SchemaType.ARRAY, implementation = UUID.class)
            List<@NotNull UUID> memberIds) {
    }

    private final MutualAidPlans plans;
    private final Enrollments enrollments;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Officers officers;
    private final StreetQueries streets;

    public AdminMutualAidPlanResource(MutualAidPlans plans, Enrollments enrollments, Idempotency idempotency,
            Caller caller, Officers officers, StreetQueries streets) {
        this.plans = plans;
        this.enrollments = enrollments;
        this.idempotency = idempotency;
        this.caller = caller;
        this.officers = officers;
        this.streets = streets;
    }

    private PlanReach reach() {
        return PlanReach.of(caller, officers, streets);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "createMutualAidPlan", summary = "新建互助保障计划 / Create a mutual-aid plan",
            description = "区总工会干部为本区、管理员为指定的区（districtCode）新建计划；计划代码在各区之间唯一。金额为两位小数的"
                    + "字符串。带 Idempotency-Key 重试不会重复创建。/ A district officer creates plans of her own district, an "
                    + "administrator of the district named in districtCode; plan codes are unique across districts. Money "
                    + "as two-place strings. Retrying with the same Idempotency-Key never creates twice.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", description = "计划地址 / "
                    + "Where the plan is", schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "403", description = "区级干部不能为其他区建计划（MUTUAL_AID_PLAN_OUT_OF_REACH）/ A district "
            + "officer names another district")
    @APIResponse(responseCode = "409", description = "计划代码已存在（MUTUAL_AID_PLAN_EXISTS）/ The code is taken")
    @APIResponse(responseCode = "422", description = "规则不成立或没有这个区（MUTUAL_AID_PLAN_INVALID，errors 逐项列出，如 "
            + "districtCode UNKNOWN_DISTRICT）/ The plan's rules do not hold together or the district is unknown, each "
            + "fault named")
    public Response create(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid PlanRequest request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<PlanView> created = plans.create(request, reach());
            return Response.created(URI.create(BASE + "/" + created.view().code()))
                    .entity(created.view()).tag(created.tag()).build();
        });
    }

    @GET
    @RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "listMutualAidPlans", summary = "互助保障计划 / Mutual-aid plans",
            description = "辖区内各区的计划（管理员为全部），每个版本一项，最新的在前；可按年度和区筛选。/ The plans of the "
                    + "districts within reach (every one for an administrator), one item per version, newest first; "
                    + "filter by year and district.")
    @APIResponse(responseCode = "200", description = "计划版本 / Plan versions")
    public Page<PlanView> list(
            @QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "计划年度 / Plan year", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "2100", format = "int32")) Integer year,
            @QueryParam("districtCode") @Pattern(regexp = PlanRequest.DISTRICT)
            @Parameter(description = "区代码；没有这个区时列表为空 / District code; an unknown one lists nothing",
                    schema = @Schema(pattern = PlanRequest.DISTRICT, maxLength = 40)) String districtCode,
            @Valid @BeanParam PageParams page) {
        return plans.list(year, districtCode, page, reach());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "getMutualAidPlan", summary = "互助保障计划（最新版本）/ A plan, its newest version",
            description = "带 ETag，修改或更正时放入 If-Match。/ With the ETag to send in If-Match to change or correct it.")
    @APIResponse(responseCode = "200", description = "计划 / The plan", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划或不在辖区的区内（MUTUAL_AID_PLAN_NOT_FOUND）/ No such plan within reach")
    public Response get(@PathParam("code") @Pattern(regexp = PlanRequest.CODE)
            @Parameter(description = "计划代码 / Plan code", schema = @Schema(pattern = PlanRequest.CODE, maxLength = 40))
            String code) {
        return versioned(plans.get(code, reach()), Response.Status.OK);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "replaceMutualAidPlan", summary = "修改尚未生效的计划 / Change a plan not yet in force",
            description = "保障开始前可整体修改；保障开始后规则不可改（409），更正请发布新版本。须带 If-Match。/ Until its "
                    + "coverage starts a plan may be replaced; after that its rules are fixed (409) and a correction is a "
                    + "new version. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "计划 / The plan", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划或不在辖区的区内（MUTUAL_AID_PLAN_NOT_FOUND）/ No such plan within reach")
    @APIResponse(responseCode = "409", description = "计划已生效（MUTUAL_AID_PLAN_IN_FORCE）/ The plan is in force")
    @APIResponse(responseCode = "422", description = "规则不成立或改了代码、区（MUTUAL_AID_PLAN_INVALID）/ Rules do not hold "
            + "together, or the code or district changed")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response replace(
            @PathParam("code") @Pattern(regexp = PlanRequest.CODE)
            @Parameter(description = "计划代码 / Plan code", schema = @Schema(pattern = PlanRequest.CODE, maxLength = 40))
            String code,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid PlanRequest request) {
        return versioned(plans.replace(code, request, ifMatch, reach()), Response.Status.OK);
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "correctMutualAidPlan", summary = "更正计划（新版本）/ Correct a plan with a new version",
            description = "新版本适用于此后提交的理赔，已提交的理赔仍按提交时的版本计算。须带最新版本的 If-Match。/ The new "
                    + "version applies to claims filed after it; claims filed before keep the version of their filing. "
                    + "Needs the newest version's If-Match.")
    @APIResponse(responseCode = "201", description = "新版本 / The new version",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", description = "版本地址 / Where "
                    + "the version is", schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200))},
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划或不在辖区的区内（MUTUAL_AID_PLAN_NOT_FOUND）/ No such plan within reach")
    @APIResponse(responseCode = "422", description = "规则不成立或改了代码、年度（MUTUAL_AID_PLAN_INVALID）/ Rules do not "
            + "hold together, or the code or year changed")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response correct(
            @PathParam("code") @Pattern(regexp = PlanRequest.CODE)
            @Parameter(description = "计划代码 / Plan code", schema = @Schema(pattern = PlanRequest.CODE, maxLength = 40))
            String code,
            @HeaderParam("If-Match") @Parameter(description = "最新版本的 ETag / The newest version's ETag", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid PlanRequest request) {
        Versioned<PlanView> next = plans.correct(code, request, ifMatch, reach());
        return Response.created(URI.create(BASE + "/" + code + "/versions/" + next.view().planVersion()))
                .entity(next.view()).tag(next.tag()).build();
    }

    @GET
    @Path("/{code}/versions/{planVersion}")
    @RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
    @Operation(operationId = "getMutualAidPlanVersion", summary = "计划的某个版本 / One version of a plan",
            description = "已提交的理赔按提交时适用的版本计算。/ Claims are computed by the version applying when they "
                    + "were filed.")
    @APIResponse(responseCode = "200", description = "计划版本 / The version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "没有这个版本或不在辖区的区内（MUTUAL_AID_PLAN_NOT_FOUND）/ No such version within reach")
    public PlanView version(
            @PathParam("code") @Pattern(regexp = PlanRequest.CODE)
            @Parameter(description = "计划代码 / Plan code", schema = @Schema(pattern = PlanRequest.CODE, maxLength = 40))
            String code,
            @PathParam("planVersion") @Min(1) @Max(10000) @Parameter(description = "版本号 / Version",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", format = "int32"))
            int planVersion) {
        return plans.version(code, planVersion, reach());
    }

    @POST
    @Path("/{code}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
    @Operation(operationId = "enrollMutualAidMembers", summary = "集体参保 / Enroll members in bulk",
            description = "基层工会为本辖区在册会员集体参保（会费由工会缴纳，登记为已缴）；每人每个计划年度一次，逐人给出结果。"
                    + "带 Idempotency-Key 重试返回同一结果。/ A base-level union enrolls active members of its streets (the "
                    + "union pays the fee, recorded paid); once per member and plan year, each member's outcome named. "
                    + "Retrying with the same Idempotency-Key answers the same.")
    @APIResponse(responseCode = "200", description = "逐人结果 / Each member's outcome",
            content = @Content(schema = @Schema(implementation = EnrollmentView.Bulk.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划或不在辖区的区内（MUTUAL_AID_PLAN_NOT_FOUND）/ No such plan within reach")
    @APIResponse(responseCode = "409", description = "不在参保期内（ENROLLMENT_CLOSED）/ Enrollment is not open")
    public Response enroll(
            @PathParam("code") @Pattern(regexp = PlanRequest.CODE)
            @Parameter(description = "计划代码 / Plan code", schema = @Schema(pattern = PlanRequest.CODE, maxLength = 40))
            String code,
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid EnrollmentRequest request) {
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST",
                BASE + "/" + code + "/enrollments", request),
                () -> Response.ok(enrollments.enrollByUnion(code, request.memberIds(), caller.dataScope(), reach())).build());
    }

    private static Response versioned(Versioned<PlanView> plan, Response.Status status) {
        return Response.status(status).entity(plan.view()).tag(plan.tag()).build();
    }
}
