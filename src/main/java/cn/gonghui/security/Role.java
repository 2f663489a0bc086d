package cn.gonghui.security;

/**
 * The roles a token carries in its {@code groups} claim, which {@code @RolesAllowed} checks.
 * Integrators carry {@link #INTEGRATOR} and one group per granted scope (e.g. {@code cards:issue}).
 */
public enum Role {
    MEMBER("member"),
    OFFICER("officer"),
    DISTRICT_OFFICER("district_officer"),
    AUDITOR("auditor"),
    ADMIN("admin"),
    INTEGRATOR("integrator");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String MEMBER_ROLE = "member";
    public static final String OFFICER_ROLE = "officer";
    public static final String DISTRICT_OFFICER_ROLE = "district_officer";
    public static final String AUDITOR_ROLE = "auditor";
    public static final String ADMIN_ROLE = "admin";
    public static final String INTEGRATOR_ROLE = "integrator";

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
