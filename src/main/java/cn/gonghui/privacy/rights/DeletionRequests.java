package cn.gonghui.privacy.rights;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.DataSubjects;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Members ask to be erased (PIPL art. 47). Asking twice finds the open request; a member already
 * erased (whose token has not expired yet) finds the completed one. A request cannot be taken
 * back: the mini-program confirms before it sends one, and the job may act at once.
 */
@ApplicationScoped
public class DeletionRequests {

    private final RightsSettings settings;
    private final DataSubjects subjects;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    public DeletionRequests(RightsSettings settings, DataSubjects subjects, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.settings = settings;
        this.subjects = subjects;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public DeletionRequestView request(UUID memberId) {
        if (!subjects.isActive(memberId)) {
            return latest(memberId).orElseThrow(() -> new ApiProblem(401, "ACCOUNT_DISABLED"));
        }
        Instant now = clock.instant();
        UUID id = Ids.newId();
        // two requests at once: the unique open request lets one in, the other finds it
        int created = entityManager.createNativeQuery("""
                INSERT INTO deletion_requests (id, member_id, requested_at, due_by, status)
                VALUES (:id, :member, :now, :due, 'pending')
                ON CONFLICT (member_id) WHERE status = 'pending' DO NOTHING""")
                .setParameter("id", id)
                .setParameter("member", memberId)
                .setParameter("now", now)
                .setParameter("due", now.plus(settings.deletionPeriod()))
                .executeUpdate();
        if (created == 1) {
            auditLog.record(AuditEvent.of("deletion_requested", "deletion_request", id));
        }
        // the open request is the latest one: a member with one open cannot make another
        return latest(memberId).orElseThrow();
    }

    /** The member's latest request, whatever its status; 404 when they never asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeletionRequestView status(UUID memberId) {
        return latest(memberId).orElseThrow(() -> ApiProblem.notFound("DELETION_REQUEST_NOT_FOUND"));
    }

    private static Optional<DeletionRequestView> latest(UUID memberId) {
        return DeletionRequest.<DeletionRequest>find("memberId = ?1 order by requestedAt desc, id desc", memberId)
                .firstResultOptional().map(DeletionRequestView::of);
    }
}
