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
}
