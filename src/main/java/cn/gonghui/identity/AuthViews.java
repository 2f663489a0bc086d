package cn.gonghui.identity;

import cn.gonghui.identity.token.TokenPair;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the login endpoints. */
public final class AuthViews {

    private static final String BEARER = "Bearer";
    /**
     * The contract's pattern for a name: no control characters, digits or ASCII punctuation. It is
     * wider than {@link PersonName}'s exact rule (Han blocks, Latin letters, spaces, the dot), since
     * a pattern naming code points above the basic plane reads differently in each regex engine
     * (UTF-16 units in ECMAScript without the u flag, code points in Java); the description says
     * the rule in words.
     */
    static final String NAME_PATTERN = "^[^\\u0000-\\u001f!-@\\[-`{-\\u009f]+$";

    private AuthViews() {
    }

    /**
     * WeChat's one-time codes are short URL-safe tokens. Nothing else is accepted, so a code goes
     * into WeChat's query string as it is and can never add or cut off a parameter there.
     */
    static final String WECHAT_CODE = "^[A-Za-z0-9_-]+$";

    @Schema(name = "WeChatCode", description = "微信一次性 code / A one-time WeChat code")
    public record WeChatCode(
            @NotBlank @Size(max = 128) @Pattern(regexp = WECHAT_CODE)
            @Schema(description = "wx.login 或手机号授权得到的 code：字母、数字、- 和 _ / The code from wx.login or the "
                    + "phone button: letters, digits, - and _", examples = "dev-alice", maxLength = 128,
                    pattern = WECHAT_CODE, required = true)
            String code) {
    }

    @Schema(name = "OfficerCredentials", description = "干部登录凭据 / An officer's credentials")
    public record OfficerCredentials(
            @NotBlank @Size(max = 64)
            @Schema(description = "用户名 / User name", examples = "desheng-officer", maxLength = 64,
                    pattern = "^[A-Za-z0-9._-]+$", required = true)
            String username,
            @NotBlank @Size(max = 128)
            @Schema(description = "密码 / Password", examples = "gonghui-dev", maxLength = 128, format = "password",
                    required = true)
            String password) {
    }

    @Schema(name = "RefreshRequest", description = "用刷新令牌换一对新令牌 / Exchange a refresh token for a new pair")
    public record RefreshRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$")
            @Schema(description = "刷新令牌 / Refresh token", maxLength = 100, pattern = "^[A-Za-z0-9_-]+$",
                    examples = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c", required = true)
            String refreshToken) {
    }

    @Schema(name = "Session", description = "一对令牌 / A token pair")
    public record SessionView(
            @Schema(description = "访问令牌（JWT，15 分钟）/ Access token, a JWT valid 15 minutes", maxLength = 4096,
                    pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
            String accessToken,
            @Schema(description = "刷新令牌（30 天，只能用一次）/ Refresh token: 30 days, single use", maxLength = 100,
                    pattern = "^[A-Za-z0-9_-]+$")
            String refreshToken,
            @Schema(description = "访问令牌有效秒数 / Access-token lifetime in seconds", examples = "900",
                    minimum = "1", maximum = "86400", format = "int64")
            long expiresIn,
            @Schema(description = "令牌类型 / Token type", enumeration = "Bearer", examples = "Bearer")
            String tokenType) {

        static SessionView of(TokenPair tokens) {
            return new SessionView(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), BEARER);
        }
    }

    @Schema(name = "MemberSession", description = "会员登录结果 / A member's sign-in")
    public record MemberSessionView(
            @Schema(description = "访问令牌（JWT，15 分钟）/ Access token, a JWT valid 15 minutes", maxLength = 4096,
                    pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
            String accessToken,
            @Schema(description = "刷新令牌（30 天，只能用一次）/ Refresh token: 30 days, single use", maxLength = 100,
                    pattern = "^[A-Za-z0-9_-]+$")
            String refreshToken,
            @Schema(description = "访问令牌有效秒数 / Access-token lifetime in seconds", examples = "900",
                    minimum = "1", maximum = "86400", format = "int64")
            long expiresIn,
            @Schema(description = "令牌类型 / Token type", enumeration = "Bearer", examples = "Bearer")
            String tokenType,
            @Schema(description = "会员编号 / Member id")
            UUID memberId,
            @Schema(description = "是否本次新注册 / Whether this sign-in created the member", examples = "true")
            boolean newMember) {

        static MemberSessionView of(MemberAccounts.SignedIn signedIn) {
            TokenPair tokens = signedIn.tokens();
            return new MemberSessionView(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), BEARER,
                    signedIn.memberId(), signedIn.newMember());
        }
    }

    @Schema(name = "Identity", description = "实名信息 / Real-name identity")
    public record IdentityRequest(
            @NotBlank @Size(max = 4 * PersonName.MAX_LENGTH)
            @Schema(description = "姓名：汉字（含扩展区生僻字）、拉丁字母、空格和间隔号 ·；长度按字符计 2 至 30 个。"
                    + "• ‧ ・ ． 等形似间隔号的字符统一保存为 ·。/ Name: Han characters (the rare ones of the extensions "
                    + "included), Latin letters, spaces and the middle dot; 2 to 30 characters, counted as code points. "
                    + "Look-alikes of the dot are stored as U+00B7.",
                    examples = "阿卜杜拉·买买提", minLength = PersonName.MIN_LENGTH, maxLength = PersonName.MAX_LENGTH,
                    pattern = NAME_PATTERN, required = true)
            String name,
            @NotBlank @Size(max = 18)
            @Schema(description = "居民身份证号码（18 位，GB 11643）/ Resident ID number, 18 characters (GB 11643)",
                    examples = "11010519491231002X", maxLength = 18, pattern = "^\\d{17}[\\dXx]$", required = true)
            String idNumber) {
    }
}
