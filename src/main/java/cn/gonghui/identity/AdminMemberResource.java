package cn.gonghui.identity;

import cn.gonghui.identity.MemberViews.MemberView;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Members as officers see them, masked: those the unions of their streets reach (a membership there,
 * or an application to join or transfer in under review there), never by the street in a profile.
 */
@Path("/api/v1/admin/members")
@RolesAllowed({Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.ADMIN_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminMemberResource {

    @Schema(name = "MemberLookup", description = "按手机号或身份证号精确查找（二选一）/ Find by phone or ID number, one of them")
    public record Lookup(
            @Size(max = 11) @Pattern(regexp = "^1\\d{10}$")
            @Schema(description = "手机号 / Phone", examples = "13800138000", maxLength = 11, pattern = "^1\\d{10}$")
            String phone,
            @Size(max = 18) @Pattern(regexp = "^\\d{17}[\\dXx]$")
            @Schema(description = "身份证号 / ID number", examples = "11010519491231002X", maxLength = 18,
                    pattern = "^\\d{17}[\\dXx]$")
            String idNumber) {
    }

    @Schema(name = "MemberLookupResult", description = "查找结果（已脱敏）/ Members found, masked")
    public record LookupResult(@Schema(maxItems = 100, required = true) List<MemberView> items) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AdminMembers members;
    private final Caller caller;
    private final MemberRosterExport export;

    public AdminMemberResource(AdminMembers members, Caller caller, MemberRosterExport export) {
        this.export = export;
        this.members = members;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMembers", summary = "本辖区会员 / Members in my scope",
            description = "只含调用者辖区工会的会员：会籍在辖区街道，或在辖区街道有审核中的入会、转会申请（不看会员资料里"
                    + "自填的街道）；转会办结后只属于新街道。个人信息已脱敏。/ Only the members the unions of the caller's "
                    + "streets reach: a membership in one of them, or a join or transfer application under review "
                    + "there (the street in the member's profile does not count); a completed transfer leaves the old "
                    + "street. Personal data masked. Members a roster import brought (membership `imported`, not yet "
                    + "claimed by the worker's WeChat sign-in) are listed too; status=imported lists only them.")
    @APIResponse(responseCode = "200", description = "会员 / Members")
    public Page<MemberView> list(
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只看这个街道的工会所及的会员；未知街道为 400（UNKNOWN_STREET）/ Only those this "
                    + "street's union reaches; an unknown street is a 400 (UNKNOWN_STREET)", schema = @Schema(maxLength = 40,
                    pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @QueryParam("status") @Pattern(regexp = "^(imported|active)$")
            @Parameter(description = "只看会籍为此状态的会员：imported 为名册导入、尚未由本人微信认领的会员（不含申请中的人）"
                    + "/ Only members whose membership in scope has this status: imported for those a roster import "
                    + "brought and the worker has not claimed yet (applicants drop out)",
                    schema = @Schema(enumeration = {"imported", "active"}, maxLength = 8)) String status,
            @Valid @BeanParam PageParams page) {
        return members.list(caller.dataScope(), Optional.ofNullable(streetCode), Optional.ofNullable(status), page);
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @Operation(operationId = "exportMembers", summary = "导出会员名册（XLSX）/ Export the members' roster as XLSX",
            description = "调用者辖区街道的会籍（可按街道和状态筛选），每行一位会员：会员编号、姓名、身份证号、手机号、街道、工会、工作单位、"
                    + "状态、入会日期。个人信息默认脱敏；plaintext=true 且给出理由时为明文，并记入审计日志。边查边写，20 万行也只占一批的内存。"
                    + "/ The memberships of the caller's streets (filtered by street and status), one member a row: "
                    + "number, name, ID number, phone, street, union, employer, status, since. Personal data masked; in "
                    + "plain text with plaintext=true and a reason, and audited. Written as it is read: 200,000 rows "
                    + "take the memory of one batch.")
    @APIResponse(responseCode = "200", description = "会员名册 / The roster",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Content-Disposition",
                    description = "文件名 / File name", schema = @Schema(maxLength = 100)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING, format = "binary", maxLength = 100000000)))
    @APIResponse(responseCode = "400", description = "明文导出缺少理由（VALIDATION_FAILED，reason）/ Plain text without a reason")
    @APIResponse(responseCode = "404", description = "不在辖区内的街道（STREET_NOT_FOUND）/ Not a street of the caller's")
    public Response export(
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9-]*$")
            @Parameter(description = "只导出这个街道（须在辖区内）/ Only this street, one of the caller's",
                    schema = @Schema(maxLength = 40, pattern = "^[a-z][a-z0-9-]*$")) String streetCode,
            @QueryParam("status") @Pattern(regexp = "^(imported|active|ended)$")
            @Parameter(description = "只导出这个会籍状态 / Only memberships of this status",
                    schema = @Schema(enumeration = {"imported", "active", "ended"}, maxLength = 8)) String status,
            @QueryParam("plaintext") @Parameter(description = "导出明文个人信息（须给出理由，留痕）/ Personal data in plain "
                    + "text (a reason required; audited)") Boolean plaintext,
            @QueryParam("reason") @Size(min = 4, max = 200)
            @Parameter(description = "明文导出的理由，至少 4 个字 / Why plain text, at least 4 characters",
                    schema = @Schema(minLength = 4, maxLength = 200)) String reason) {
        MemberRosterExport.Request request = new MemberRosterExport.Request(caller.dataScope(), streetCode, status,
                Boolean.TRUE.equals(plaintext), reason);
        return Response.ok(export.export(request))
                .header("Content-Disposition", "attachment; filename=\"members.xlsx\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMember", summary = "会员（脱敏）/ A member, masked",
            description = "范围与会员列表相同（会籍或审核中的入会、转会申请所在街道）；辖区外的会员与不存在的一样返回 404。/ "
                    + "The same reach as the list (the street of the membership, or of a join or transfer under "
                    + "review); a member outside it is a 404, as if it did not exist.")
    @APIResponse(responseCode = "200", description = "会员 / The member")
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（MEMBER_NOT_FOUND）/ No such member in scope")
    public MemberView get(@PathParam("id") @Parameter(description = "会员编号 / Member id") UUID id) {
        return members.get(caller.dataScope(), id);
    }

    @GET
    @Path("/{id}/pii")
    @Operation(operationId = "getMemberPersonalData", summary = "查看会员个人信息（留痕）/ A member's personal data, audited",
            description = "返回明文的姓名、身份证号和手机号；必须说明理由，每次查看都记入审计日志。辖区外的会员返回 404，"
                    + "这次尝试同样记录。/ The plain name, ID number and phone; a reason is required and every look is "
                    + "written to the audit trail. A member outside the caller's streets is a 404, and the attempt "
                    + "is audited too.")
    @APIResponse(responseCode = "200", description = "个人信息 / Personal data",
            content = @Content(schema = @Schema(implementation = MemberViews.MeView.class)))
    @APIResponse(responseCode = "404", description = "不存在或不在辖区内（MEMBER_NOT_FOUND）/ No such member in scope")
    public MemberViews.MeView personalData(@PathParam("id") @Parameter(description = "会员编号 / Member id") UUID id,
            @QueryParam("reason") @NotBlank @Size(min = 4, max = 200)
            @Parameter(description = "查看理由，至少 4 个字 / Why, at least 4 characters", required = true,
                    schema = @Schema(minLength = 4, maxLength = 200)) String reason) {
        return members.personalData(caller.dataScope(), id, reason);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpMembers", summary = "按手机号或身份证号查找 / Look up by phone or ID number",
            description = "用请求体而非查询参数传递，个人信息不进入访问日志；按盲索引查找。/ In the body rather than the "
                    + "query string, so personal data stays out of access logs; matched by blind index.")
    @APIResponse(responseCode = "200", description = "会员 / Members")
    public LookupResult lookup(@NotNull @Valid Lookup lookup) {
        return new LookupResult(members.lookup(caller.dataScope(), lookup.phone(), lookup.idNumber()));
    }
}
