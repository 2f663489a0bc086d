package cn.gonghui.security;

import java.util.List;
import java.util.Map;

/**
 * Who a token is issued to and what it lets them do: the subject id, its kind, its groups (roles,
 * and for integrators their scopes) and the claims that carry its data scope.
 */
public record Subject(Kind kind, String id, List<String> groups, Map<String, Object> claims) {

    public enum Kind {
        MEMBER("member"), OFFICER("officer"), INTEGRATOR("integrator");

        private final String claim;

        Kind(String claim) {
            this.claim = claim;
        }

        public String claim() {
            return claim;
        }

        public static Kind ofClaim(String claim) {
            for (Kind kind : values()) {
                if (kind.claim.equals(claim)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown subject kind " + claim);
        }
    }

    /** Claim names this service puts into its tokens beside the registered ones. */
    public static final String KIND_CLAIM = "kind";
    public static final String SESSION_CLAIM = "sid";
    public static final String STREETS_CLAIM = "streets";
    public static final String SCOPE_CLAIM = "scope";
    /**
     * An officer's token version: a change of the officer's rights moves the version on, and a token
     * naming an older one is refused at its next request, not at its expiry.
     */
    public static final String TOKEN_VERSION_CLAIM = "tv";
}
