package cn.gonghui.platform.idempotency;

/**
 * A creating request that may carry an {@code Idempotency-Key}: who sends it, where, and with
 * which body. The key is only meaningful for the same caller, method, path and body.
 */
public record IdempotentRequest(String key, String caller, String method, String path, Object body) {

    public static final String HEADER = "Idempotency-Key";

    public boolean hasKey() {
        return key != null;
    }
}
