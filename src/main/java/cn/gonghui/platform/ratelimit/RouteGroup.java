package cn.gonghui.platform.ratelimit;

import java.util.Optional;

/**
 * The groups of routes that have a limit of their own: signing in is the strictest (guessing
 * passwords and burning WeChat codes is what an attacker does), integrators get a budget of their
 * own, and every caller's writes and reads are limited apart, reads the most generously.
 */
public enum RouteGroup {

    SIGN_IN("sign-in"),
    INTEGRATION("integration"),
    WRITE("write"),
    READ("read");

    private static final String API = "/api/v1/";
    /** The verification keys (RFC 8615 well-known URIs): public reads, limited like any other. */
    private static final String WELL_KNOWN = "/.well-known/";

    private final String configName;

    RouteGroup(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The group of a request, or empty outside the API (health, metrics, the contract). */
    public static Optional<RouteGroup> of(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (path.startsWith(WELL_KNOWN)) {
            return Optional.of(READ);
        }
        if (!path.startsWith(API)) {
            return Optional.empty();
        }
        if (!read && (path.startsWith(API + "auth/") || path.startsWith(API + "oauth/"))) {
            return Optional.of(SIGN_IN);
        }
        if (path.startsWith(API + "integrations/")) {
            return Optional.of(INTEGRATION);
        }
        return Optional.of(read ? READ : WRITE);
    }
}
