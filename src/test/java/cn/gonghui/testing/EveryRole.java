package cn.gonghui.testing;

import cn.gonghui.security.IntegrationScopes;
import cn.gonghui.security.Role;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * A token holding every role and every integration scope, for tests that walk the whole contract
 * and must get past authorisation to reach what they check (parameters, filters).
 */
public final class EveryRole {

    private EveryRole() {
    }

    public static String token(String subject) {
        return Jwt.subject(subject)
                .groups(Set.of(Role.MEMBER_ROLE, Role.OFFICER_ROLE, Role.DISTRICT_OFFICER_ROLE, Role.AUDITOR_ROLE,
                        Role.ADMIN_ROLE, Role.INTEGRATOR_ROLE, IntegrationScopes.CARDS_ISSUE,
                        IntegrationScopes.CARDS_VERIFY, IntegrationScopes.APPLICATIONS_READ,
                        IntegrationScopes.WEBHOOKS_MANAGE, IntegrationScopes.MUTUAL_AID_SETTLEMENTS))
                .sign();
    }
}
