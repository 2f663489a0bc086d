package cn.gonghui.privacy.rights;

import cn.gonghui.application.ApplicationQueries;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.card.MyCards;
import cn.gonghui.hardship.HardshipExports;
import cn.gonghui.identity.MemberAccounts;
import cn.gonghui.identity.MemberViews.MeView;
import cn.gonghui.membership.MembershipResource.MembershipView;
import cn.gonghui.notification.MemberMessage;
import cn.gonghui.notification.MessagesResource.MessageView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The member's copy of everything held about them (PIPL art. 45), decrypted, in one document.
 * Each export is audited and rate limited per member in PostgreSQL, so the limit holds on every
 * instance: it is heavy to build and the whole of someone's data, not something to poll.
 */
@ApplicationScoped
public class DataExports {

    private final MemberAccounts accounts;
    private final Consents consents;
    private final ApplicationQueries applications;
    private final Attachments attachments;
    private final AuditLog auditLog;
    private final RightsSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MyCards cards;
    private final HardshipExports hardship;

    public DataExports(MemberAccounts accounts, Consents consents, ApplicationQueries applications,
            Attachments attachments, AuditLog auditLog, RightsSettings settings, EntityManager entityManager,
            Clock clock, MyCards cards, HardshipExports hardship) {
        this.cards = cards;
        this.hardship = hardship;
        this.accounts = accounts;
        this.consents = consents;
        this.applications = applications;
        this.attachments = attachments;
        this.auditLog = auditLog;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Builds the export, or refuses (429 with Retry-After) within the interval after the last one. */
    @Transactional
    public DataExportView export(UUID memberId) {
        MeView profile = accounts.me(memberId).view();
        Instant now = clock.instant();
        claim(memberId, now);
        auditLog.record(AuditEvent.of("data_export", "member", memberId));
        return new DataExportView(now, profile, consents.history(memberId), applications.everythingOf(memberId),
                attachments.ownedBy(memberId), MemberMessage.allOf(memberId).stream().map(MessageView::of).toList(),
                MembershipView.ofMember(memberId), cards.export(memberId),
                hardship.export(memberId));
    }

    /**
     * Takes this member's export slot. Two exports at once, on any instances, take turns on the
     * member's row ({@code FOR NO KEY UPDATE} leaves inserts that reference it free), so the second
     * finds the first one's row and is refused.
     */
    private void claim(UUID memberId, Instant now) {
        entityManager.createNativeQuery("SELECT id FROM members WHERE id = :member FOR NO KEY UPDATE")
                .setParameter("member", memberId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Instant> last = entityManager.createNativeQuery("""
                        SELECT exported_at FROM data_exports WHERE member_id = :member
                         ORDER BY exported_at DESC LIMIT 1""", Instant.class)
                .setParameter("member", memberId)
                .getResultList();
        if (!last.isEmpty()) {
            Instant next = last.get(0).plus(settings.exportInterval());
            if (next.isAfter(now)) {
                long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
                throw new ApiProblem(429, "EXPORT_RATE_LIMITED", seconds)
                        .withHeader("Retry-After", Long.toString(seconds));
            }
        }
        entityManager.createNativeQuery("INSERT INTO data_exports (id, member_id, exported_at) VALUES (:id, :member, :now)")
                .setParameter("id", Ids.newId())
                .setParameter("member", memberId)
                .setParameter("now", now)
                .executeUpdate();
    }
}
