package cn.gonghui.catalogue;

import cn.gonghui.catalogue.AdminCatalogueViews.ServiceChange;
import cn.gonghui.catalogue.AdminCatalogueViews.ServiceView;
import cn.gonghui.platform.error.Problem;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.idempotency.Idempotency;
import cn.gonghui.platform.idempotency.IdempotentRequest;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Catalogue administration: administrators tune services and publish form versions; district officers switch their district. */
@Path("/api/v1/admin/services/{code}")
@RolesAllowed({Role.ADMIN_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminCatalogueResource {

    private static final String CODE = "^[a-z][a-z-]*(\\.[a-z-]+)?$";
    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final CatalogueAdministration administration;
    private final FormPublication publication;
    private final Idempotency idempotency;
    private final Caller caller;

    public AdminCatalogueResource(CatalogueAdministration administration, FormPublication publication,
            Idempotency idempotency, Caller caller) {
        this.administration = administration;
        this.publication = publication;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getAdminService", summary = "服务（管理）/ A service (admin)",
            description = "中英文名称与说明、办理时限、所需材料、全市与各区是否受理、现用表单版本；带 ETag，修改时放入 If-Match。"
                    + "停用的服务也能看到。/ Both languages, handling time, documents, whether it is offered at all and per "
                    + "district, the form version in use; with the ETag to send in If-Match. Disabled services too.")
    @APIResponse(responseCode = "200", description = "服务 / The service", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "404", description = "没有这项服务（SERVICE_NOT_FOUND）/ No such service")
    public Response get(@PathParam("code") @Parameter(description = "服务代码 / Service code", example = "membership.join",
            schema = @Schema(maxLength = 40, pattern = CODE)) String code) {
        return versioned(administration.get(code));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAdminService", summary = "修改服务 / Change a service",
            description = "只改给出的字段，须带 If-Match。管理员可改一切；区总工会干部只能改本区是否受理（districts 中本区一项），"
                    + "其他改动为 403。停办只拒绝新的申请（SERVICE_NOT_AVAILABLE），已提交的照常办理。每次修改记入审计日志。/ "
                    + "Changes only the fields given; needs If-Match. An administrator changes anything; a district "
                    + "officer only their own district's entry in districts (anything else is a 403). Switching off "
                    + "refuses new applications only (SERVICE_NOT_AVAILABLE); filed ones go on. Every change is audited.")
    @APIResponse(responseCode = "200", description = "服务（新的 ETag）/ The service, with its new ETag",
            headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "404", description = "没有这项服务（SERVICE_NOT_FOUND）/ No such service")
    @StaleVersionResponse
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response change(
            @PathParam("code") @Parameter(description = "服务代码 / Service code", example = "membership.join",
                    schema = @Schema(maxLength = 40, pattern = CODE)) String code,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid ServiceChange change) {
        CatalogueAdministration.Editor editor = administration.editor(caller.hasRole(Role.ADMIN), caller.dataScope());
        return versioned(administration.change(code, change, ifMatch, editor));
    }

    @POST
    @Path("/form-versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_ROLE)
    @Operation(operationId = "publishFormVersion", summary = "发布新表单版本 / Publish a new form version",
            description = "新提交的申请改用新版本；已提交的申请保留原版本，补正时按原版本校验。业务规则所读的字段（迁移脚本播种的"
                    + "表单字段）必须保留，类型、敏感性、必填和可选值不变。须带服务的 If-Match；带 Idempotency-Key 的重试不会重复"
                    + "发布。/ New applications use it; filed ones keep their version and their supplements are checked "
                    + "against it. The fields the line's rules read (those of the seeded form) stay, with their "
                    + "datatype, sensitivity, requiredness and values. Needs the service's If-Match; a retry with the "
                    + "same Idempotency-Key never publishes twice.")
    @APIResponse(responseCode = "201", description = "已发布 / Published",
            headers = @Header(name = "Location", description = "新版本的地址 / Where the version is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 200)),
            content = @Content(schema = @Schema(implementation = FormVersionViews.View.class)))
    @APIResponse(responseCode = "404", description = "没有这项服务（SERVICE_NOT_FOUND）/ No such service")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "表单定义不合格（FORM_DEFINITION_INVALID，errors 逐项列出），或幂等键已用于"
            + "另一请求（IDEMPOTENCY_KEY_REUSED）/ The form definition is invalid (each fault in errors), or the "
            + "Idempotency-Key was used for another request")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response publish(
            @PathParam("code") @Parameter(description = "服务代码 / Service code", example = "membership.join",
                    schema = @Schema(maxLength = 40, pattern = CODE)) String code,
            @HeaderParam("If-Match") @Parameter(description = "服务上次读取的 ETag / The service's ETag last read",
                    required = true, schema = @Schema(maxLength = 40)) String ifMatch,
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid FormVersionViews.Request request) {
        String path = "/api/v1/admin/services/" + code + "/form-versions";
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", path, request), () -> {
            FormVersionViews.View published = publication.publish(code, request, ifMatch);
            return Response.created(URI.create(path + "/" + published.version())).entity(published).build();
        });
    }

    @GET
    @Path("/form-versions/{version}")
    @Operation(operationId = "getFormVersion", summary = "表单的某一版本 / A version of a service's form",
            description = "任一已发布的版本，含中英文字段说明；已提交的申请按其 formVersion 对照。/ Any published version, "
                    + "in both languages; a filed application names its own in formVersion.")
    @APIResponse(responseCode = "200", description = "表单版本 / The form version",
            content = @Content(schema = @Schema(implementation = FormVersionViews.View.class)))
    @APIResponse(responseCode = "404", description = "没有这项服务或这个版本（SERVICE_NOT_FOUND、FORM_VERSION_NOT_FOUND）/ "
            + "No such service or version")
    public FormVersionViews.View version(
            @PathParam("code") @Parameter(description = "服务代码 / Service code", example = "membership.join",
                    schema = @Schema(maxLength = 40, pattern = CODE)) String code,
            @PathParam("version") @Min(1) @Max(1000) @Parameter(description = "版本 / Version", example = "1",
                    schema = @Schema(minimum = "1", maximum = "1000", format = "int32")) int version) {
        return publication.version(code, version);
    }

    private static Response versioned(Versioned<ServiceView> service) {
        return Response.ok(service.view()).tag(service.tag()).build();
    }
}
