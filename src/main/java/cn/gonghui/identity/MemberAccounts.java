package cn.gonghui.identity;

import cn.gonghui.identity.MemberViews.MeView;
import cn.gonghui.identity.token.Sessions;
import cn.gonghui.identity.token.TokenPair;
import cn.gonghui.identity.wechat.WeChatIdentity;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.audit.AuditContext;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Members' own accounts: signing in with WeChat, their profile, phone and real identity. */
@ApplicationScoped
public class MemberAccounts {

    /** A session of a member, and whether this sign-in created the member. */
    public record SignedIn(TokenPair tokens, UUID memberId, boolean newMember) {
    }

    private final EntityManager entityManager;
    private final MemberPersonalData personal;
    private final Sessions sessions;
    private final Subjects subjects;
    private final Clock clock;
    private final AuditLog audit;
    private final StreetQueries streets;
    private final Event<ImportedMemberClaimed> claims;

    public MemberAccounts(EntityManager entityManager, MemberPersonalData personal, Sessions sessions,
            Subjects subjects, Clock clock, AuditLog audit, StreetQueries streets, Event<ImportedMemberClaimed> claims) {
        this.claims = claims;
        this.audit = audit;
        this.streets = streets;
        this.entityManager = entityManager;
        this.personal = personal;
        this.sessions = sessions;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * Finds the member of an openid or creates them. Two first logins of the same person racing
     * each other create one member: the insert that loses the unique openid does nothing.
     */
    @Transactional
    public SignedIn signIn(WeChatIdentity identity) {
        Instant now = clock.instant();
        UUID candidate = Ids.newId();
        int created = entityManager.createNativeQuery("""
                INSERT INTO members (id, wechat_openid, wechat_unionid, created_at, updated_at, version)
                VALUES (:id, :openid, :unionid, :now, :now, 0)
                ON CONFLICT (wechat_openid) DO NOTHING""")
                .setParameter("id", candidate)
                .setParameter("openid", identity.openid())
                .setParameter("unionid", identity.unionid())
                .setParameter("now", now)
                .executeUpdate();
        Member member = Member.<Member>find("wechatOpenid", identity.openid()).singleResult();
        if (created == 0 && identity.unionid() != null && member.wechatUnionid == null) {
            member.wechatUnionid = identity.unionid();
        }
        audit.record(AuditEvent.of("login.wechat", "member", member.id)
                .by(new AuditContext.Who("member", member.id.toString(), Role.MEMBER.claim())));
        return new SignedIn(sessions.start(subjects.member(member)), member.id, created == 1);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MeView> me(UUID memberId) {
        Member member = find(memberId);
        return new Versioned<>(view(member), member.version);
    }

    @Transactional
    public Versioned<MeView> updateProfile(UUID memberId, ProfileChange change, String ifMatch) {
        Member member = find(memberId);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, member.version);
        }
        if (change.nickname() != null) {
            member.nickname = change.nickname().strip();
        }
        if (change.streetCode() != null) {
            member.streetId = streets.byCode(change.streetCode()).map(StreetQueries.StreetRef::id)
                    .orElseThrow(() -> ApiProblem.invalidField("streetCode", "UNKNOWN_STREET"));
        }
        return saved(member);
    }

    @Transactional
    public Versioned<MeView> bindPhone(UUID memberId, String phone) {
        Member member = find(memberId);
        personal.setPhone(member, phone);
        return saved(member);
    }

    /**
     * Records the real name and ID number. One ID number belongs to one member: a second account
     * claiming it is refused, since memberships, aid and cards hang on the person. The one exception
     * is a record a street's roster import made (no WeChat account yet) under the same name: the
     * worker claims it, its membership becomes theirs ({@link ImportedMemberClaimed}) and the
     * record goes.
     */
    @Transactional
    public Versioned<MeView> setIdentity(UUID memberId, String name, String idNumberText) {
        PersonName realName = PersonName.ofField("name", name);
        IdNumber idNumber = IdNumber.ofField("idNumber", idNumberText, BeijingTime.today(clock));
        Member member = find(memberId);
        Member holder = Member.<Member>find("idNumberIndex = ?1 and id <> ?2", personal.idNumberIndex(idNumber), memberId)
                .firstResult();
        if (holder != null) {
            if (holder.wechatOpenid != null || holder.erasedAt != null || !realName.text().equals(holder.realName)) {
                throw ApiProblem.conflict("IDENTITY_ALREADY_REGISTERED");
            }
            claim(holder, member);
        }
        member.realName = realName.text();
        personal.setIdNumber(member, idNumber);
        return saved(member);
    }

    private void claim(Member imported, Member member) {
        claims.fire(new ImportedMemberClaimed(imported.id, member.id));
        if (member.phoneCipher == null && imported.phoneCipher != null) {
            member.phoneCipher = imported.phoneCipher;
            member.phoneIndex = imported.phoneIndex;
        }
        if (member.streetId == null) {
            member.streetId = imported.streetId;
        }
        entityManager.remove(imported);
        entityManager.flush();
        audit.record(AuditEvent.of("member.claimed", "member", member.id)
                .details(java.util.Map.of("importedMemberId", imported.id.toString())));
    }

    /** The member, if they may still act: an erased member's tokens live on for minutes at most. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member requireActive(UUID memberId) {
        return find(memberId);
    }

    private Versioned<MeView> saved(Member member) {
        member.updatedAt = clock.instant();
        entityManager.flush();
        return new Versioned<>(view(member), member.version);
    }

    private MeView view(Member member) {
        return MeView.of(member, streets.viewOf(member.streetId).orElse(null), personal);
    }

    private static Member find(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null || member.erasedAt != null) {
            // the token outlived its member (e.g. erased on request): the caller must sign in again
            throw new ApiProblem(401, "ACCOUNT_DISABLED");
        }
        return member;
    }
}
