package cn.gonghui.security;

/** The OAuth scopes of integrators, as the groups their tokens carry (for {@code @RolesAllowed}). */
public final class IntegrationScopes {

    public static final String CARDS_ISSUE = "cards:issue";
    public static final String CARDS_VERIFY = "cards:verify";
    public static final String APPLICATIONS_READ = "applications:read";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    /** The medical-insurance settlement system reporting discharges (职工互助保障 免申即享). */
    public static final String MUTUAL_AID_SETTLEMENTS = "mutual-aid:settlements";

    private IntegrationScopes() {
    }
}
