package cn.gonghui.application;

import cn.gonghui.security.DataScope;
import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An erased member's applications stay for the published statistics (how many, which service,
 * which street, how fast, how rated) but say nothing about the person any more. Open ones are
 * withdrawn first, through the engine like any withdrawal, so booked places go back to their
 * station, also an approved one whose line refuses a withdrawal after approval (the line's own
 * eraser ends what the approval made); then the forms are emptied, the words (reasons, notes, comments, which may describe
 * the person) removed, and what stays is statuses, times, ids and ratings.
 */
@ApplicationScoped
public class ApplicationEraser implements PersonalDataEraser {

    private final ApplicationEngine engine;
    private final Appointments appointments;
    private final EntityManager entityManager;
    private final Clock clock;

    public ApplicationEraser(ApplicationEngine engine, Appointments appointments, EntityManager entityManager,
            Clock clock) {
        this.engine = engine;
        this.appointments = appointments;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** First: the withdrawals notify the member, and the inbox eraser removes those notices after. */
    @Override
    public int order() {
        return FIRST;
    }

    @Override
    public void erase(UUID memberId) {
        List<UUID> open = Application.<Application>list("memberId = ?1 and closedAt is null order by id", memberId)
                .stream().map(application -> application.id).toList();
        for (UUID id : open) {
            engine.perform(new ApplicationEngine.Change(id, new Actor(Actor.Kind.APPLICANT, memberId),
                    new DataScope.OwnRecords(memberId), Action.WITHDRAW, null, false, null, ActionDetails.ERASURE, true),
                    (application, service, planned) -> {
                        appointments.closeFor(application);
                        return planned;
                    });
        }
        entityManager.createNativeQuery("""
                UPDATE applications
                   SET form = CAST(:empty AS jsonb), form_sensitive = NULL, updated_at = :now, version = version + 1
                 WHERE member_id = :member AND (form <> CAST(:empty AS jsonb) OR form_sensitive IS NOT NULL)""")
                .setParameter("empty", "{}")
                .setParameter("now", clock.instant())
                .setParameter("member", memberId)
                .executeUpdate();
        update("""
                UPDATE application_events SET reason = NULL
                 WHERE reason IS NOT NULL
                   AND application_id IN (SELECT id FROM applications WHERE member_id = :member)""",
                memberId);
        update("""
                DELETE FROM application_notes
                 WHERE application_id IN (SELECT id FROM applications WHERE member_id = :member)""", memberId);
        update("""
                UPDATE evaluations SET comment = NULL
                 WHERE comment IS NOT NULL
                   AND application_id IN (SELECT id FROM applications WHERE member_id = :member)""",
                memberId);
    }

    private void update(String sql, UUID memberId) {
        entityManager.createNativeQuery(sql).setParameter("member", memberId).executeUpdate();
    }
}
