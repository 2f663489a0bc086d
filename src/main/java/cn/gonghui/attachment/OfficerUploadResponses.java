package cn.gonghui.attachment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What an upload by an officer (a disclosed document's file, an activity's cover) answers, written
 * once; the operation names its multipart body (the {@code UploadForm} of {@link AttachmentResource}). See {@link Attachments#uploadByOfficer(java.util.UUID,
 * org.jboss.resteasy.reactive.multipart.FileUpload)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "201", description = "已上传 / Uploaded",
        content = @Content(schema = @Schema(implementation = AttachmentView.class)))
@APIResponse(responseCode = "413", description = "超过大小限制（ATTACHMENT_TOO_LARGE）/ Too large")
@APIResponse(responseCode = "415", description = "不是 JPEG、PNG 或 PDF（ATTACHMENT_TYPE_NOT_ALLOWED）/ Not a JPEG, PNG or PDF")
@APIResponse(responseCode = "422", description = "空文件或缺少 file（ATTACHMENT_EMPTY）/ Empty or missing file")
public @interface OfficerUploadResponses {
}
