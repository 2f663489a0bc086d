package cn.gonghui.identity;

import cn.gonghui.identity.token.SessionFamily;
import cn.gonghui.security.Role;
import cn.gonghui.security.Subject;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What goes into a token for each kind of caller: the roles, and the units in scope. A street
 * officer's scope is the streets assigned to them; a district officer's, every street of the
 * district. The scope is read at login and at every refresh; an officer's token also carries their
 * token version, which {@link CurrentAccounts} holds against the database on every request.
 */
@ApplicationScoped
public class Subjects {

    private final StreetQueries streets;

    public Subjects(StreetQueries streets) {
        this.streets = streets;
    }

    public Subject member(Member member) {
        return new Subject(Subject.Kind.MEMBER, member.id.toString(), List.of(Role.MEMBER.claim()), Map.of());
    }

    public Subject officer(Officer officer) {
        TreeSet<String> scope = new TreeSet<>();
        officer.streetIds.forEach(street -> scope.add(street.toString()));
        if (officer.hasRole(Role.DISTRICT_OFFICER) && officer.districtId != null) {
            streets.ofDistrict(officer.districtId).forEach(street -> scope.add(street.id().toString()));
        }
        return new Subject(Subject.Kind.OFFICER, officer.id.toString(), Arrays.asList(officer.roles),
                Map.of(Subject.STREETS_CLAIM, new ArrayList<>(scope), Subject.TOKEN_VERSION_CLAIM, officer.tokenVersion));
    }

    public Subject integrator(IntegratorClient client, Collection<String> grantedScopes) {
        List<String> groups = new ArrayList<>();
        groups.add(Role.INTEGRATOR.claim());
        groups.addAll(grantedScopes);
        return new Subject(Subject.Kind.INTEGRATOR, client.clientId, groups,
                Map.of(Subject.SCOPE_CLAIM, String.join(" ", new TreeSet<>(grantedScopes))));
    }

    /** The subject of a session as it is now, for a refresh. */
    public Subject current(SessionFamily session) {
        if (Subject.Kind.MEMBER.claim().equals(session.subjectKind)) {
            Member member = Member.findById(session.subjectId);
            if (member != null && member.erasedAt == null) {
                return member(member);
            }
        } else {
            Officer officer = Officer.findById(session.subjectId);
            if (officer != null && officer.enabled && !officer.passwordChangeRequired) {
                return officer(officer);
            }
        }
        throw new ApiProblem(401, "ACCOUNT_DISABLED");
    }
}
