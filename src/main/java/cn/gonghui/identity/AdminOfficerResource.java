package cn.gonghui.identity;

import cn.gonghui.identity.OfficerViews.OfficerChange;
import cn.gonghui.identity.OfficerViews.OfficerRequest;
import cn.gonghui.identity.OfficerViews.OfficerView;
import cn.gonghui.identity.OfficerViews.PasswordReset;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Officer accounts, administered by the union itself: administrators for every account, a
 * district officer for the street officers of their own district (see {@link OfficerReach}).
 */
@Path("/api/v1/admin/officers")
@RolesAllowed({Role.ADMIN_ROLE, Role.DISTRICT_OFFICER_ROLE})
@SecurityRequirement(name = "officer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminOfficerResource {

    private static final String BASE = "/api/v1/admin/officers";

    private final OfficerDirectory directory;
    private final OfficerAccounts accounts;
    private final Idempotency idempotency;
    private final Caller caller;

    public AdminOfficerResource(OfficerDirectory directory, OfficerAccounts accounts, Idempotency idempotency,
            Caller caller) {
        this.directory = directory;
        this.accounts = accounts;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOfficer", summary = "新建干部账号 / Create an officer account",
            description = OfficerReach.DOCUMENTED + "初始密码在首次登录前必须修改；带 Idempotency-Key 重试不会重复创建。/ The initial password "
                    + "must be changed before the first sign-in; a retry with the same Idempotency-Key never creates twice.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", description = "新账号的地址 / "
                    + "Where the account is", schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                            maxLength = 200))},
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "403", description = OfficerReach.REFUSED)
    @APIResponse(responseCode = "409", description = "登录名已被使用（USERNAME_TAKEN）/ The login name is taken")
    @APIResponse(responseCode = "422", description = "角色与街道、区不符（OFFICER_INVALID），密码不合要求（PASSWORD_REJECTED），"
            + "或幂等键已用于另一请求（IDEMPOTENCY_KEY_REUSED）/ Role and streets or district do not fit, the password is "
            + "refused, or the Idempotency-Key was used for another request")
    public Response create(
            @HeaderParam(IdempotentRequest.HEADER) @Parameter(description = "幂等键 / Idempotency key",
                    schema = @Schema(maxLength = 255, pattern = "^[\\x21-\\x7e]+$")) String idempotencyKey,
            @NotNull @Valid OfficerRequest request) {
        OfficerReach reach = directory.reachOf(caller);
        return idempotency.execute(new IdempotentRequest(idempotencyKey, caller.subject(), "POST", BASE, request), () -> {
            Versioned<OfficerView> created = accounts.create(reach, request);
            return Response.created(URI.create(BASE + "/" + created.view().id())).entity(created.view())
                    .tag(created.tag()).build();
        });
    }

    @GET
    @Operation(operationId = "listOfficers", summary = "干部账号列表 / List officer accounts",
            description = OfficerReach.DOCUMENTED + "按登录名排序。/ In the order of their login names.")
    @APIResponse(responseCode = "200", description = "干部账号 / Officer accounts")
    public Page<OfficerView> list(
            @QueryParam("role") @Pattern(regexp = OfficerViews.ROLE) @Parameter(description = "只看这个角色 / Only this role",
                    schema = @Schema(enumeration = {"officer", "district_officer", "auditor", "admin"})) String role,
            @QueryParam("streetCode") @Size(max = 40) @Pattern(regexp = OfficerViews.CODE)
            @Parameter(description = "只看负责这个街道的干部 / Only officers of this street", example = "desheng",
                    schema = @Schema(maxLength = 40, pattern = OfficerViews.CODE)) String streetCode,
            @QueryParam("status") @Pattern(regexp = "^(active|disabled)$") @Parameter(description = "只看这个状态 / "
                    + "Only this status", schema = @Schema(enumeration = {"active", "disabled"})) String status,
            @Valid @BeanParam PageParams page) {
        return directory.list(directory.reachOf(caller), new OfficerDirectory.Filter(role, streetCode, status), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfficer", summary = "干部账号 / An officer account",
            description = OfficerReach.DOCUMENTED + "带 ETag，修改时放入 If-Match。/ With the ETag to send in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "干部账号 / The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @OfficerNotFoundResponse
    public Response get(@PathParam("id") @Parameter(description = "账号编号 / Account id") UUID id) {
        return versioned(directory.get(directory.reachOf(caller), id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateOfficer", summary = "修改干部账号 / Change an officer account",
            description = OfficerReach.DOCUMENTED + "须带 If-Match；未给出的字段不变（改角色时，新角色不适用的街道、区和律师标记清除）。改角色、街道或"
                    + "区立即生效：该干部的会话全部注销，之前签发的访问令牌下一次请求即被拒绝。/ Needs If-Match; fields left out "
                    + "stay (a new role drops the streets, district and lawyer flag it does not take). A new role, streets or "
                    + "district apply at once: the officer's sessions end and tokens issued before are refused at their "
                    + "next request.")
    @APIResponse(responseCode = "200", description = "干部账号 / The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @APIResponse(responseCode = "403", description = OfficerReach.REFUSED)
    @OfficerNotFoundResponse
    @APIResponse(responseCode = "409", description = "不能取消最后一位可用管理员（LAST_ADMIN）/ The last enabled "
            + "administrator stays one")
    @StaleVersionResponse
    @APIResponse(responseCode = "422", description = "角色与街道、区不符（OFFICER_INVALID）/ Role and streets or district "
            + "do not fit")
    @APIResponse(responseCode = "428", description = "缺少 If-Match（IF_MATCH_REQUIRED）/ If-Match missing")
    public Response update(
            @PathParam("id") @Parameter(description = "账号编号 / Account id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read", required = true,
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid OfficerChange change) {
        return versioned(accounts.update(directory.reachOf(caller), id, ifMatch, change));
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "disableOfficer", summary = "停用干部账号 / Disable an officer account",
            description = OfficerReach.DOCUMENTED + "立即生效：会话全部注销，已签发的访问令牌下一次请求即被拒绝；已停用的再停用不变。/ At once: "
                    + "the sessions end and issued access tokens are refused at their next request; disabling a "
                    + "disabled account changes nothing.")
    @APIResponse(responseCode = "200", description = "干部账号 / The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @OfficerNotFoundResponse
    @APIResponse(responseCode = "409", description = "不能停用最后一位可用管理员（LAST_ADMIN）/ The last enabled "
            + "administrator cannot be disabled")
    public Response disable(@PathParam("id") @Parameter(description = "账号编号 / Account id") UUID id) {
        return versioned(accounts.setEnabled(directory.reachOf(caller), id, false));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "enableOfficer", summary = "启用干部账号 / Enable an officer account",
            description = OfficerReach.DOCUMENTED + "已启用的再启用不变。/ Enabling an enabled account changes nothing.")
    @APIResponse(responseCode = "200", description = "干部账号 / The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @OfficerNotFoundResponse
    public Response enable(@PathParam("id") @Parameter(description = "账号编号 / Account id") UUID id) {
        return versioned(accounts.setEnabled(directory.reachOf(caller), id, true));
    }

    @POST
    @Path("/{id}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetOfficerPassword", summary = "重置干部密码 / Reset an officer's password",
            description = OfficerReach.DOCUMENTED + "设置新的初始密码：该干部须先修改密码才能登录，会话全部注销。/ Sets a new initial password: "
                    + "the officer must change it before signing in; their sessions end.")
    @APIResponse(responseCode = "200", description = "干部账号 / The account", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficerView.class)))
    @OfficerNotFoundResponse
    @APIResponse(responseCode = "422", description = "密码不合要求（PASSWORD_REJECTED）/ The password is refused")
    public Response resetPassword(@PathParam("id") @Parameter(description = "账号编号 / Account id") UUID id,
            @NotNull @Valid PasswordReset request) {
        return versioned(accounts.resetPassword(directory.reachOf(caller), id, request.initialPassword()));
    }

    private static Response versioned(Versioned<OfficerView> officer) {
        return Response.ok(officer.view()).tag(officer.tag()).build();
    }
}
