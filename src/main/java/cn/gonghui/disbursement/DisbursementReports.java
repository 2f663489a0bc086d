package cn.gonghui.disbursement;

import cn.gonghui.application.Action;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationStatus;
import cn.gonghui.application.Applications;
import cn.gonghui.application.OfficerActions;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Officers report what became of a payment: a scheduled one was paid or failed, a failed one is
 * scheduled again. A report repeated by a client that did not hear the answer changes nothing and
 * answers the same; any other move is a 409.
 */
@ApplicationScoped
public class DisbursementReports {

    /** An officer's report; {@code reference} is the payment's, {@code reason} why it failed. */
    public record Report(DisbursementStatus status, String reference, String reason) {
    }

    private final DisbursementQueries queries;
    private final OfficerActions actions;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Applications applications;

    public DisbursementReports(DisbursementQueries queries, OfficerActions actions, AuditLog audit,
            EntityManager entityManager, Clock clock, Applications applications) {
        this.applications = applications;
        this.entityManager = entityManager;
        this.queries = queries;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Disbursement report(UUID id, DataScope scope, Report report, String ifMatch) {
        Disbursement disbursement = queries.find(id, scope);
        // the programme's application first, as every change of it is locked, then the payment: reports
        // on one programme take turns, so a repeat sees the first one's status and the last payment of
        // several completes the application
        ApplicationRef programme = applications.lock(disbursement.applicationId);
        entityManager.refresh(disbursement, LockModeType.PESSIMISTIC_WRITE);
        if (isRepeat(disbursement, report)) {
            return disbursement;
        }
        EntityVersions.requireMatch(ifMatch, disbursement.version);
        DisbursementStatus to = report.status();
        if (!DisbursementStatus.MOVES.allows(disbursement.status, to)) {
            // the codes sorted as text, as the answer always listed them
            throw ApiProblem.conflict("DISBURSEMENT_STATUS_CONFLICT", disbursement.status.code(), to.code())
                    .with("allowedStatuses", DisbursementStatus.MOVES.from(disbursement.status).stream()
                            .map(DisbursementStatus::code).sorted().toList());
        }
        disbursement.status = to;
        disbursement.reference = to == DisbursementStatus.PAID ? blankToNull(report.reference()) : null;
        disbursement.reason = to == DisbursementStatus.FAILED ? blankToNull(report.reason()) : null;
        disbursement.updatedAt = clock.instant();
        disbursement.persistAndFlush();
        audit.record(AuditEvent.of("disbursement." + to.code(), "disbursement", id));
        if (to == DisbursementStatus.PAID) {
            completeWhenPaid(programme);
        }
        return disbursement;
    }

    /**
     * An approved programme is done once all it scheduled is paid (the living subsidy: its first
     * month; the entitlement goes on): the service completes it, so the member hears and can rate it.
     */
    private void completeWhenPaid(ApplicationRef programme) {
        long unpaid = Disbursement.count("applicationId = ?1 and status <> ?2", programme.id(), DisbursementStatus.PAID);
        // its status as locked above: no one else changes it before this transaction ends
        if (unpaid == 0 && programme.status() == ApplicationStatus.APPROVED) {
            actions.actAsSystem(programme.id(), Action.COMPLETE, null);
        }
    }

    /** The same report again: the status it set, with the same reference or reason. */
    private static boolean isRepeat(Disbursement disbursement, Report report) {
        DisbursementStatus status = report.status();
        return disbursement.status == status && status != DisbursementStatus.SCHEDULED
                && Objects.equals(disbursement.reference, status == DisbursementStatus.PAID ? blankToNull(report.reference()) : null)
                && Objects.equals(disbursement.reason, status == DisbursementStatus.FAILED ? blankToNull(report.reason()) : null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
