package cn.gonghui.membership;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The member's membership with its history, in their data export. */
@ApplicationScoped
public class MembershipExport implements PersonalDataExport {

    private final MembershipHistory memberships;

    public MembershipExport(MembershipHistory memberships) {
        this.memberships = memberships;
    }

    @Override
    public String section() {
        return "membership";
    }

    @Override
    public Object of(UUID memberId) {
        return memberships.of(memberId);
    }
}
