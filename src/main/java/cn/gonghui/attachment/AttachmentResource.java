package cn.gonghui.attachment;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.security.Subject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence files: uploaded by members before they apply, read by them and by officers in scope. */
@Path("/api/v1/attachments")
@Tag(name = "applications")
public class AttachmentResource {

    /** The multipart form of an upload. */
    @Schema(name = "AttachmentUpload", description = "上传的文件 / The file to upload")
    public static class UploadForm {
        @Schema(description = "JPEG、PNG 或 PDF，按内容识别，最大 10 MB / JPEG, PNG or PDF, sniffed, at most 10 MB",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                maxLength = 10485760, required = true)
        public byte[] file;
    }

    private final Attachments attachments;
    private final Caller caller;

    public AttachmentResource(Attachments attachments, Caller caller) {
        this.attachments = attachments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "uploadAttachment", summary = "上传材料 / Upload a document",
            description = "multipart/form-data，字段 file。类型按内容识别：JPEG、PNG、PDF；每个最大 10 MB。文件加密存储。"
                    + "/ multipart/form-data with a part named file. The type is sniffed from the content: JPEG, PNG "
                    + "or PDF; at most 10 MB each. Files are stored encrypted.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "已上传 / Uploaded",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "超过大小限制（ATTACHMENT_TOO_LARGE）/ Too large")
    @APIResponse(responseCode = "415", description = "不是 JPEG、PNG 或 PDF（ATTACHMENT_TYPE_NOT_ALLOWED）/ Not a JPEG, PNG or PDF")
    @APIResponse(responseCode = "422", description = "空文件或缺少 file（ATTACHMENT_EMPTY）/ Empty or missing file")
    public Response upload(@RestForm("file") @Parameter(hidden = true) FileUpload file) {
        if (file == null) {
            throw cn.gonghui.platform.error.ApiProblem.unprocessable("ATTACHMENT_EMPTY");
        }
        AttachmentView uploaded = attachments.upload(caller.memberId(), file.fileName(), file.uploadedFile());
        return Response.created(URI.create("/api/v1/attachments/" + uploaded.id() + "/content")).entity(uploaded).build();
    }

    @GET
    @Path("/{id}/content")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed({Role.MEMBER_ROLE, Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE})
    @SecurityRequirement(name = "member")
    @SecurityRequirement(name = "officer")
    @Operation(operationId = "getAttachmentContent", summary = "下载材料 / Download a document",
            description = "材料的上传者，或辖区内引用它的申请的经办干部可读。/ For its owner, and for officers whose "
                    + "streets hold an application that names it.")
    @APIResponse(responseCode = "200", description = "文件内容 / The file",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary", maxLength = 10485760)),
                    @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi
                            .annotations.enums.SchemaType.STRING, format = "binary", maxLength = 10485760)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi
                            .annotations.enums.SchemaType.STRING, format = "binary", maxLength = 10485760))})
    @APIResponse(responseCode = "404", description = "不存在或无权查看（ATTACHMENT_NOT_FOUND）/ No such attachment within reach")
    public Response content(@PathParam("id") @Parameter(description = "附件编号 / Attachment id") UUID id) {
        boolean member = caller.kind() == Subject.Kind.MEMBER;
        Attachments.Content content = attachments.read(id, member ? caller.memberId() : null,
                member ? null : caller.dataScope());
        String filename = java.net.URLEncoder.encode(content.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.attachment().contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + filename)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
