package cn.gonghui.identity;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import cn.gonghui.platform.openapi.PublicAccess;
import cn.gonghui.identity.AuthViews.MemberSessionView;
import cn.gonghui.identity.AuthViews.OfficerCredentials;
import cn.gonghui.identity.AuthViews.RefreshRequest;
import cn.gonghui.identity.AuthViews.SessionView;
import cn.gonghui.identity.AuthViews.WeChatCode;
import cn.gonghui.identity.MemberViews.MeView;
import cn.gonghui.identity.OfficerViews.PasswordChange;
import cn.gonghui.identity.token.Sessions;
import cn.gonghui.platform.http.NoStore;
import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out: members with WeChat, officers with a password, and refreshing either. */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class AuthResource {

    private final WeChatLogin weChatLogin;
    private final MemberAccounts members;
    private final OfficerLogin officerLogin;
    private final Sessions sessions;
    private final Subjects subjects;
    private final Caller caller;

    public AuthResource(WeChatLogin weChatLogin, MemberAccounts members, OfficerLogin officerLogin, Sessions sessions,
            Subjects subjects, Caller caller) {
        this.weChatLogin = weChatLogin;
        this.members = members;
        this.officerLogin = officerLogin;
        this.sessions = sessions;
        this.subjects = subjects;
        this.caller = caller;
    }

    @POST
    @Path("/wechat/session")
    @PermitAll
    @Operation(operationId = "signInWithWeChat", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.SIGN_IN),
            summary = "微信登录 / Sign in with WeChat",
            description = "用 wx.login 的 code 换取会员令牌；首次登录即注册。/ Exchanges the code of wx.login for a "
                    + "member's tokens; the first sign-in registers the member.")
    @APIResponse(responseCode = "200", description = "已登录 / Signed in", headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = MemberSessionView.class)))
    @APIResponse(responseCode = "401", description = "code 无效或已使用（WECHAT_CODE_INVALID）/ Invalid or used code")
    @APIResponse(responseCode = "503", description = "微信暂不可用（WECHAT_UNAVAILABLE）/ WeChat unavailable")
    public Response signInWithWeChat(@NotNull @Valid WeChatCode request) {
        return noStore(MemberSessionView.of(weChatLogin.signIn(request.code())));
    }

    @POST
    @Path("/wechat/phone")
    @RolesAllowed(Role.MEMBER_ROLE)
    @SecurityRequirement(name = "member")
    @Operation(operationId = "bindWeChatPhone", summary = "绑定手机号 / Bind the phone number",
            description = "用手机号授权按钮得到的一次性 code 绑定手机号。/ Binds the phone number behind the one-time "
                    + "code of the phone-number button.")
    @APIResponse(responseCode = "200", description = "本人资料 / The member's record",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "422", description = "code 无效或已使用（WECHAT_CODE_INVALID）/ Invalid or used code")
    @APIResponse(responseCode = "503", description = "微信暂不可用（WECHAT_UNAVAILABLE）/ WeChat unavailable")
    public Response bindPhone(@NotNull @Valid WeChatCode request) {
        String phone = weChatLogin.phoneOf(request.code());
        var me = members.bindPhone(caller.memberId(), phone);
        return Response.ok(me.view()).tag(me.tag()).build();
    }

    @POST
    @Path("/officer/session")
    @PermitAll
    @Operation(operationId = "signInAsOfficer", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.SIGN_IN),
            summary = "干部登录 / Officer sign-in",
            description = "连续 5 次失败后锁定 15 分钟。/ Five failures in a row lock the name for 15 minutes.")
    @APIResponse(responseCode = "200", description = "已登录 / Signed in", headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "用户名或密码错误（INVALID_CREDENTIALS）/ Wrong name or password")
    @APIResponse(responseCode = "403", description = "初始密码须先修改（PASSWORD_CHANGE_REQUIRED），见 POST "
            + "/api/v1/auth/officer/password / The initial password must be changed first")
    @APIResponse(responseCode = "429", description = "暂时锁定（LOGIN_LOCKED），见 Retry-After / Locked for now",
            headers = @Header(name = "Retry-After", ref = "RetryAfter"))
    public Response signInAsOfficer(@NotNull @Valid OfficerCredentials credentials) {
        return noStore(SessionView.of(officerLogin.login(credentials.username(), credentials.password())));
    }

    @POST
    @Path("/officer/password")
    @PermitAll
    @Operation(operationId = "changeOfficerPassword", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.SIGN_IN),
            summary = "干部修改密码 / An officer changes their password",
            description = "用现在的密码（或初始密码）设置新密码：至少 10 个字符，不含登录名，不在常见密码表中。成功后该干部的会话全部注销，"
                    + "用新密码重新登录。失败次数与登录一并计算。/ Sets a new password with the current (or initial) one: at "
                    + "least 10 characters, not containing the login name, not a common password. Every session of the "
                    + "officer ends; they sign in with the new password. Failures count with the sign-in's.")
    @APIResponse(responseCode = "204", description = "已修改 / Changed")
    @APIResponse(responseCode = "401", description = "用户名或密码错误（INVALID_CREDENTIALS）/ Wrong name or password")
    @APIResponse(responseCode = "422", description = "新密码不合要求（PASSWORD_REJECTED），errors 说明原因 / The new "
            + "password is refused; errors say why")
    @APIResponse(responseCode = "429", description = "暂时锁定（LOGIN_LOCKED），见 Retry-After / Locked for now",
            headers = @Header(name = "Retry-After", ref = "RetryAfter"))
    public Response changeOfficerPassword(@NotNull @Valid PasswordChange change) {
        officerLogin.changePassword(change.username(), change.currentPassword(), change.newPassword());
        return NoStore.of(Response.noContent());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(operationId = "refreshSession", extensions = @Extension(name = PublicAccess.NOTE, value = PublicAccess.SIGN_IN),
            summary = "刷新令牌 / Refresh the tokens",
            description = "刷新令牌只能用一次；重复使用会注销整个会话。/ A refresh token works once; presenting it "
                    + "again revokes the whole session.")
    @APIResponse(responseCode = "200", description = "新的一对令牌 / A new token pair", headers = @Header(name = "Cache-Control", ref = "NoStore"),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "令牌无效、过期、已用或会话已注销 / Invalid, expired, reused or revoked")
    public Response refresh(@NotNull @Valid RefreshRequest request) {
        return noStore(SessionView.of(sessions.refresh(request.refreshToken(), subjects::current)));
    }

    @POST
    @Path("/logout")
    // people sign out; an integrator's client-credentials token has no session to end
    @RolesAllowed({Role.MEMBER_ROLE, Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @SecurityRequirement(name = "member")
    @SecurityRequirement(name = "officer")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "logout", summary = "退出登录 / Sign out",
            description = "注销本次会话：刷新令牌立即失效，访问令牌在到期时失效。/ Ends this session: its refresh "
                    + "tokens stop working at once, its access token when it expires.")
    @APIResponse(responseCode = "204", description = "已退出 / Signed out")
    public Response logout() {
        caller.session().ifPresent(sessions::end);
        return Response.noContent().build();
    }

    private static Response noStore(Object body) {
        return NoStore.of(Response.ok(body));
    }
}
