package cn.gonghui.application;

import cn.gonghui.security.Caller;
import cn.gonghui.security.Role;
import cn.gonghui.security.Subject;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The caller of this request as the lifecycle sees them. */
@RequestScoped
public class CallerActor {

    private final Caller caller;

    public CallerActor(Caller caller) {
        this.caller = caller;
    }

    public Actor get() {
        if (caller.kind() == Subject.Kind.MEMBER) {
            return new Actor(Actor.Kind.APPLICANT, caller.memberId());
        }
        Actor.Kind kind = caller.hasRole(Role.DISTRICT_OFFICER) ? Actor.Kind.DISTRICT_OFFICER : Actor.Kind.STREET_OFFICER;
        return new Actor(kind, UUID.fromString(caller.subject()));
    }
}
