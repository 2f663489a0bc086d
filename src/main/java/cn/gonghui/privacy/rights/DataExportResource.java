package cn.gonghui.privacy.rights;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's copy of their personal data. */
@Path("/api/v1/me/data-export")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class DataExportResource {

    private final DataExports exports;
    private final Caller caller;

    public DataExportResource(DataExports exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "exportMyData", summary = "导出我的个人信息 / Export my personal data",
            description = "本人的全部个人信息，明文：资料、同意记录、申请（含表单、变化、预约和评价）、材料元数据、消息、会籍。"
                    + "每次导出都记入审计日志；每位会员在一段时间内（默认 10 分钟）只能导出一次。/ Everything held about the "
                    + "member, decrypted: the record, consents, applications with their forms, history, appointments "
                    + "and evaluations, documents' metadata, messages, the membership. Every export is audited; one "
                    + "per member within a period (10 minutes by default).")
    @APIResponse(responseCode = "200", description = "全部个人信息 / Everything held about the member",
            headers = @Header(name = "Cache-Control", description = "个人信息不得缓存 / Personal data must not be cached",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")),
            content = @Content(schema = @Schema(implementation = DataExportView.class)))
    @APIResponse(responseCode = "429", description = "导出过于频繁（EXPORT_RATE_LIMITED），见 Retry-After / Exported too "
            + "recently", headers = @Header(name = "Retry-After", ref = "RetryAfter"))
    public Response export() {
        return Response.ok(exports.export(caller.memberId())).header("Cache-Control", "no-store").build();
    }
}
