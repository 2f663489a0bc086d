package cn.gonghui.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Marks an answer that holds tokens as never to be cached (RFC 6749 §5.1): exactly
 * {@code Cache-Control: no-store}, as the contract says, not the {@code no-transform} that
 * JAX-RS' CacheControl adds by default.
 */
public final class NoStore {

    public static final String VALUE = "no-store";

    private NoStore() {
    }

    public static Response of(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, VALUE).header("Pragma", "no-cache").build();
    }
}
