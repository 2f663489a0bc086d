package cn.gonghui.identity;

import cn.gonghui.privacy.DataSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Identity's answer to the privacy rights: a member is active from sign-up until erased. */
@ApplicationScoped
public class ActiveMembers implements DataSubjects {

    @Override
    public boolean isActive(UUID memberId) {
        return Member.count("id = ?1 and erasedAt is null", memberId) > 0;
    }
}
