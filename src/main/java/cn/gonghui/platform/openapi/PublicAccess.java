package cn.gonghui.platform.openapi;

/**
 * The operations anyone may call without a token, each marked on its resource method with
 * {@code @Extension(name = PublicAccess.NOTE, value = PublicAccess.<why>)} and said in its description.
 * The contract then gives them {@code security: [{}]} (no credentials needed) instead of a scheme;
 * README counts them. Only three reasons exist; a new public operation should fit one of them.
 */
public final class PublicAccess {

    /** The extension naming why an operation needs no token. */
    public static final String NOTE = "x-security-exception";
    /** Signing in, refreshing and the client-credentials grant: how a caller gets a token at all. */
    public static final String SIGN_IN = "sign-in: the caller has no valid access token yet, this operation is how it gets "
            + "one; it authenticates with what its body carries (WeChat code, password, refresh token, client secret) "
            + "and is rate-limited in the strict sign-in group";
    /**
     * Reference data the mini-program shows before anyone signs in (the catalogue, streets, stations and
     * their slots, activities, published disclosures and ratings): public by design; a token sent
     * anyway is verified (401 when it cannot be).
     */
    public static final String PUBLIC_READ = "public by design: union reference data and published information shown "
            + "before sign-in; no personal data; a token sent anyway is verified and refused with 401 when invalid";
    /** The keys that verify our tokens (RFC 7517): whoever verifies a token must be able to read them. */
    public static final String VERIFICATION_KEYS = "public keys (RFC 7517): anyone verifying our tokens must read them "
            + "without a token";

    private PublicAccess() {
    }

    /** The line the operation's description gets, in Chinese and English, for the reason its note names. */
    static String explanation(String note) {
        if (SIGN_IN.equals(note)) {
            return "无需令牌：这是获得令牌的接口，凭请求体中的微信 code、密码、刷新令牌或客户端凭据认证，按严格的登录限流计数。"
                    + "/ No token needed: this is how a caller gets one; it authenticates with what its body carries "
                    + "(WeChat code, password, refresh token or client secret) and counts against the strict sign-in limit.";
        }
        if (VERIFICATION_KEYS.equals(note)) {
            return "无需令牌：验证令牌的公钥（RFC 7517）须对任何验证方公开。/ No token needed: whoever verifies our tokens "
                    + "must be able to read the public keys (RFC 7517).";
        }
        if (PUBLIC_READ.equals(note)) {
            return "无需令牌：公开的工会信息，登录前即可查看，不含个人数据；带了令牌则照常校验，无效时 401。/ No token needed: "
                    + "public union information shown before sign-in, no personal data; a token sent anyway is verified, "
                    + "401 when it is invalid.";
        }
        throw new IllegalArgumentException("No such reason for a public operation: " + note
                + " (use one of the PublicAccess constants)");
    }
}
