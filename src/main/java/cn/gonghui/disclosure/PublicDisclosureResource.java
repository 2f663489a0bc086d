package cn.gonghui.disclosure;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.attachment.Attachments.OfficerFile;
import cn.gonghui.disclosure.DisclosureViews.DisclosureView;
import cn.gonghui.disclosure.DisclosureViews.SummaryView;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 会务公开 for everyone, without sign-in: published documents, their versions and files. */
@Path("/api/v1/disclosures")
@Tag(name = "disclosure")
@PermitAll
public class PublicDisclosureResource {

    private final PublicDisclosures disclosures;

    public PublicDisclosureResource(PublicDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDisclosures", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "会务公开列表 / Published documents",
            description = "无需登录。只含已公开的，最新公开的在前；districtCode 含区总工会及其街道工会的文件。/ No sign-in. Published "
                    + "documents only, the latest first; districtCode takes the district union's and its streets'.")
    @APIResponse(responseCode = "200", description = "文件 / Documents")
    public Page<SummaryView> list(
            @QueryParam("kind") @Pattern(regexp = "^(" + DisclosureViews.KINDS + ")$")
            @Parameter(description = "类别 / Kind", schema = @Schema(enumeration = {"work_plan", "work_report", "fund_budget",
                    "fund_final_accounts", "audit_report", "democratic_review", "notice"}, maxLength = 30)) String kind,
            @QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "年度 / Year", example = "2026",
                    schema = @Schema(minimum = "2000", maximum = "2100", format = "int32")) Integer year,
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "街道工会 / A street union", example = "desheng",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @QueryParam("districtCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "区及其街道 / A district and its streets", example = "xicheng",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String districtCode,
            @Valid @BeanParam PageParams page) {
        return disclosures.list(new PublicDisclosures.Filter(kind, year, streetCode, districtCode), page);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDisclosure", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "公开文件 / A published document",
            description = "无需登录。当前版本和全部较早版本（各带更正说明）。草稿和已撤回的文件不存在。/ No sign-in. The current "
                    + "version and every earlier one, each with its change note. Drafts and withdrawn documents are not "
                    + "found.")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @DisclosureNotFoundResponse
    public DisclosureView get(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id) {
        return disclosures.get(id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @Operation(operationId = "getDisclosureAttachment", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.PUBLIC_READ),
            summary = "下载公开文件的附件 / Download a document's file",
            description = "无需登录，仅限已公开文件任一版本的附件。/ No sign-in; a file of any version of a published document.")
    @APIResponse(responseCode = "200", description = "文件内容 / The file",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 10485760)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = 10485760)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = 10485760))})
    @APIResponse(responseCode = "404", description = "文件未公开或不是它的附件（DISCLOSURE_NOT_FOUND、ATTACHMENT_NOT_FOUND）/ "
            + "The document is not published, or the file is not one of it")
    public Response file(@PathParam("id") @Parameter(description = "文件编号 / Document id") UUID id,
            @PathParam("attachmentId") @Parameter(description = "附件编号 / File id") UUID attachmentId) {
        OfficerFile file = disclosures.file(id, attachmentId);
        String filename = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + filename)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
