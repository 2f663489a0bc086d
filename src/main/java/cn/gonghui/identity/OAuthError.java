package cn.gonghui.identity;

/**
 * An error of the token endpoint, answered in RFC 6749's own shape ({@code error},
 * {@code error_description}) rather than problem+json, as OAuth clients expect.
 */
public class OAuthError extends RuntimeException {

    private final int status;
    private final String error;

    public OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
