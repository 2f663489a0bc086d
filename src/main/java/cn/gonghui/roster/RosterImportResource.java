package cn.gonghui.roster;

import cn.gonghui.platform.i18n.RequestLocale;
import cn.gonghui.roster.RosterImportViews.ImportView;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Street officers import their union's existing members from the roster template (XLSX). */
@Path("/api/v1/admin/member-imports")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Tag(name = "admin")
public class RosterImportResource {

    @Schema(name = "RosterUploadForm", description = "会员名册（按模板填写的 XLSX）/ The roster, an XLSX of the template")
    public static class UploadForm {
        @Schema(description = "XLSX，最大 10 MB，最多 200,000 行 / XLSX, at most 10 MB and 200,000 rows",
                type = SchemaType.STRING, format = "binary", maxLength = 10485760, required = true)
        public byte[] file;
    }

    private final RosterImports imports;
    private final Caller caller;
    private final RequestLocale locale;

    public RosterImportResource(RosterImports imports, Caller caller, RequestLocale locale) {
        this.imports = imports;
        this.caller = caller;
        this.locale = locale;
    }

    @GET
    @Path("/template")
    @Produces(RosterSheet.CONTENT_TYPE)
    @Operation(operationId = "getRosterTemplate", summary = "会员名册模板 / The roster template",
            description = "列：姓名、身份证号、手机号（可空）、工作单位（可空）；第一行是表头，请勿改动。/ Columns: name, ID number, "
                    + "phone (optional), employer (optional); the first row is the header and must stay as it is.")
    @APIResponse(responseCode = "200", description = "模板 / The template", headers = @Header(name = "Content-Disposition",
            description = "文件名 / File name", schema = @Schema(maxLength = 100)),
            content = @Content(mediaType = RosterSheet.CONTENT_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000)))
    public Response template() {
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) RosterSheet::writeTemplate)
                .header("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRoster", summary = "导入会员名册 / Import a roster",
            description = "multipart/form-data，字段 file。导入在后台分批进行，以 202 返回任务，查询任务看进度。每行建立会员记录（身份证号、"
                    + "手机号加密保存）和该街道的会籍，状态为 imported，职工用微信登录并实名登记同一身份证号后即认领（active）。同一文件对同一"
                    + "街道再次上传返回同一任务；同一身份证号只有一位会员。/ multipart/form-data with a part named file. The "
                    + "import runs in the background in batches: the answer is a 202 with the job, whose progress the job "
                    + "shows. Each row makes a member record (ID number and phone encrypted) and a membership in the "
                    + "street, imported, which the worker claims (active) by signing in with WeChat and verifying the same "
                    + "ID number. The same file for the same street again answers the same job; one ID number is one member.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "202", description = "已排队（或同一文件已有的任务）/ Queued, or the job this file already has",
            headers = @Header(name = "Location", description = "任务地址 / The job", schema = @Schema(maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RosterImportViews.ImportView.class)))
    @APIResponse(responseCode = "404", description = "不在辖区内的街道（STREET_NOT_FOUND）/ Not a street of the caller's")
    @APIResponse(responseCode = "413", description = "超过大小限制 / Too large")
    @APIResponse(responseCode = "422", description = "不是 XLSX、表头与模板不同、没有 file 或超过 200,000 行（ROSTER_FILE_INVALID）/ "
            + "Not an XLSX, a header unlike the template's, no file, or over 200,000 rows")
    public Response upload(
            @QueryParam("streetCode") @NotNull @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "导入到哪个街道（须在辖区内）/ The street to import into, one of the caller's",
                    required = true, schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @RestForm("file") @Parameter(hidden = true) FileUpload file) {
        ImportView job = imports.upload(caller.dataScope(), UUID.fromString(caller.subject()), streetCode, file,
                locale.get());
        return Response.accepted(job).location(URI.create("/api/v1/admin/member-imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRosterImport", summary = "名册导入任务 / A roster import",
            description = "状态、行数（总数、已处理、新建、更新、拒绝）和被拒绝的行（行号、列、规则代码、说明）。其他街道的任务返回 404。/ "
                    + "Its status, the rows (total, processed, created, updated, refused) and the refused rows (row, "
                    + "column, rule code, message). Another street's job is a 404.")
    @APIResponse(responseCode = "200", description = "任务 / The job")
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（ROSTER_IMPORT_NOT_FOUND）/ No such job in scope")
    public ImportView get(@PathParam("id") @Parameter(description = "任务编号 / Job id") UUID id) {
        return imports.view(caller.dataScope(), id, locale.get());
    }
}
