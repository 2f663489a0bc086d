package cn.gonghui.activity;

import cn.gonghui.privacy.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An erased member gives up every registration still waiting for its activity, so the places go
 * to the next on the waiting list; the registrations themselves stay, tied only to the emptied
 * member id, for the activities' attendance counts. They hold nothing else that names the person.
 */
@ApplicationScoped
public class ActivityEraser implements PersonalDataEraser {

    private final Registrations registrations;
    private final Clock clock;

    public ActivityEraser(Registrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public void erase(UUID memberId) {
        Instant now = clock.instant();
        List<UUID> activityIds = ActivityRegistration.getEntityManager().createQuery("select distinct r.activityId "
                        + "from ActivityRegistration r where r.memberId = :member and r.status in :open", UUID.class)
                .setParameter("member", memberId).setParameter("open", RegistrationStatus.OPEN).getResultList();
        for (UUID activityId : activityIds) {
            // the activity first, as every sign-up locks it, then its registrations as they are under the lock
            Activity activity = Activity.findById(activityId, LockModeType.PESSIMISTIC_WRITE);
            registrations.liveOf(activityId, memberId)
                    .filter(registration -> RegistrationStatus.OPEN.contains(registration.status))
                    .ifPresent(registration -> registrations.giveUp(activity, registration, now));
        }
    }
}
