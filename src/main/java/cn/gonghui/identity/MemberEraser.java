package cn.gonghui.identity;

import cn.gonghui.identity.token.Sessions;
import cn.gonghui.security.Subject;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.idempotency.IdempotencyStore;
import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Empties an erased member's row, last of all erasers: the row stays, since applications and
 * memberships hang on its id, but nothing in it says who it was. The openid becomes a value no
 * WeChat account has, so the person's next sign-in makes a new member, never this one again; the
 * sessions end, and the stored answers of their requests (which may quote their data) go. The
 * street stays: one of a district's streets, it keeps counting them in statistics without naming them.
 */
@ApplicationScoped
public class MemberEraser implements PersonalDataEraser {

    static final String ERASED_OPENID_PREFIX = "erased:";

    private final Sessions sessions;
    private final IdempotencyStore idempotencyKeys;
    private final Clock clock;

    public MemberEraser(Sessions sessions, IdempotencyStore idempotencyKeys, Clock clock) {
        this.sessions = sessions;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    @Override
    public int order() {
        return LAST;
    }

    @Override
    public void erase(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null) {
            return;
        }
        if (member.erasedAt == null) {
            member.wechatOpenid = ERASED_OPENID_PREFIX + Ids.newId();
            member.erasedAt = clock.instant();
        }
        member.wechatUnionid = null;
        member.nickname = null;
        member.realName = null;
        member.idNumberCipher = null;
        member.idNumberIndex = null;
        member.phoneCipher = null;
        member.phoneIndex = null;
        member.updatedAt = clock.instant();
        sessions.endAll(Subject.Kind.MEMBER, memberId, "erased");
        idempotencyKeys.forget(memberId.toString());
    }
}
