package cn.gonghui.identity;

import cn.gonghui.identity.AuthViews.IdentityRequest;
import cn.gonghui.identity.MemberViews.MeView;
import cn.gonghui.platform.http.StaleVersionResponse;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's own record: the one place personal data is shown in plain text without an audit. */
@Path("/api/v1/me")
@RolesAllowed(Role.MEMBER_ROLE)
@SecurityRequirement(name = "member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MeResource {

    private final MemberAccounts accounts;
    private final Caller caller;

    public MeResource(MemberAccounts accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMe", summary = "本人资料 / My record",
            description = "本人的全部资料，个人信息为明文（仅本人可见）。/ The member's own record, personal data in "
                    + "plain text (to its owner only).")
    @APIResponse(responseCode = "200", description = "本人资料 / The member's record",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public Response me() {
        return versioned(accounts.me(caller.memberId()));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateMe", summary = "修改本人资料 / Change my record",
            description = "未给出的字段不变；带 If-Match 时版本不符返回 412。/ Fields left out stay unchanged; with "
                    + "If-Match, a stale version is 412.")
    @APIResponse(responseCode = "200", description = "本人资料 / The member's record",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeView.class)))
    @StaleVersionResponse
    public Response update(
            @HeaderParam("If-Match") @Parameter(description = "上次读取的 ETag / The ETag last read",
                    schema = @Schema(maxLength = 40)) String ifMatch,
            @NotNull @Valid ProfileChange change) {
        return versioned(accounts.updateProfile(caller.memberId(), change, ifMatch));
    }

    @PUT
    @Path("/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyIdentity", summary = "实名登记 / Record my real identity",
            description = "姓名和 18 位居民身份证号码，按 GB 11643 校验（地区码、出生日期、校验位）。/ Name and the "
                    + "18-character resident ID number, checked per GB 11643 (area, birth date, check character).")
    @APIResponse(responseCode = "200", description = "本人资料 / The member's record",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "409", description = "该身份证号已被其他账号登记（IDENTITY_ALREADY_REGISTERED）/ "
            + "The ID number belongs to another account")
    public Response setIdentity(@NotNull @Valid IdentityRequest identity) {
        return versioned(accounts.setIdentity(caller.memberId(), identity.name(), identity.idNumber()));
    }

    private static Response versioned(Versioned<MeView> me) {
        return Response.ok(me.view()).tag(me.tag()).build();
    }
}
