package cn.gonghui.activity;

import cn.gonghui.membership.Memberships;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Members sign up and give up their places. Every change of the places an activity has given out
 * first locks the activity's row ({@code SELECT … FOR UPDATE}): sign-ups for one activity take
 * turns in the database, on every instance, so the counters on the row are exact and the row's
 * CHECK constraints never have to refuse one. While anyone waits, newcomers queue behind them;
 * places coming free go to the waiting list in its order, in the same transaction.
 */
@ApplicationScoped
public class Registrations {

    private final Memberships memberships;
    private final ActivityNotices notices;
    private final EntityManager entityManager;
    private final RegistrationEvents events;
    private final Clock clock;

    public Registrations(Memberships memberships, ActivityNotices notices, EntityManager entityManager,
            RegistrationEvents events, Clock clock) {
        this.events = events;
        this.memberships = memberships;
        this.notices = notices;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A place, a turn on the waiting list, or the problem that says why neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityRegistration register(UUID activityId, UUID memberId, int places) {
        // asked before the lock, which every sign-up of the activity waits for: a refusal needs no turn
        boolean membersOnly = entityManager.createQuery("select a.membersOnly from Activity a where a.id = :id",
                        Boolean.class).setParameter("id", activityId).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("ACTIVITY_NOT_FOUND", activityId));
        if (membersOnly && memberships.activeOf(memberId).isEmpty()) {
            throw ApiProblem.unprocessable("NOT_A_MEMBER");
        }
        Activity activity = Activity.findById(activityId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (!activity.signUpOpenAt(now)) {
            throw ApiProblem.conflict("SIGN_UP_CLOSED", activity.signUpOpensAt, activity.signUpClosesAt)
                    .with("signUpOpensAt", activity.signUpOpensAt.toString())
                    .with("signUpClosesAt", activity.signUpClosesAt.toString());
        }
        if (places > activity.perMemberLimit) {
            throw ApiProblem.invalidField(422, "REGISTRATION_INVALID", "places", "OVER_PER_MEMBER_LIMIT");
        }
        Optional<ActivityRegistration> held = liveOf(activityId, memberId);
        if (held.isPresent()) {
            throw ApiProblem.conflict("ALREADY_REGISTERED").with("registrationId", held.get().id.toString());
        }
        ActivityRegistration registration = new ActivityRegistration();
        registration.id = Ids.newId();
        registration.activityId = activityId;
        registration.memberId = memberId;
        registration.places = places;
        registration.registeredAt = now;
        registration.updatedAt = now;
        if (activity.waitlistedPlaces == 0 && places <= activity.remainingPlaces()) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.confirmedAt = now;
            activity.confirmedPlaces += places;
        } else if (places <= activity.remainingWaitlist()) {
            registration.status = RegistrationStatus.WAITLISTED;
            registration.waitlistSeq = ++activity.waitlistSeq;
            activity.waitlistedPlaces += places;
        } else {
            throw ApiProblem.conflict("ACTIVITY_FULL");
        }
        registration.persist();
        entityManager.flush();
        events.changed(registration);
        return registration;
    }

    /**
     * The member gives up their registration: a waiting turn at any time, a place until the
     * activity's cancelUntil. A registration given up already is answered as it is.
     */
    @Transactional
    public ActivityRegistration withdraw(UUID registrationId, UUID memberId) {
        UUID activityId = ownActivityOf(registrationId, memberId);
        Activity activity = Activity.findById(activityId, LockModeType.PESSIMISTIC_WRITE);
        ActivityRegistration registration = ActivityRegistration.findById(registrationId);
        Instant now = clock.instant();
        switch (registration.status) {
            case WITHDRAWN, CANCELLED -> {
                return registration;
            }
            case WAITLISTED -> giveUp(activity, registration, now);
            case CONFIRMED -> {
                if (!now.isBefore(activity.cancelUntil)) {
                    throw cancellationClosed(activity);
                }
                giveUp(activity, registration, now);
            }
            default -> throw cancellationClosed(activity);
        }
        entityManager.flush();
        return registration;
    }

    /**
     * Gives an open registration up, whenever it is (the member's erasure does not wait for
     * cancelUntil): its places go back, to the waiting list first. The activity is locked by the caller.
     */
    void giveUp(Activity activity, ActivityRegistration registration, Instant now) {
        if (registration.status == RegistrationStatus.CONFIRMED) {
            activity.confirmedPlaces -= registration.places;
        } else {
            activity.waitlistedPlaces -= registration.places;
        }
        registration.moveTo(RegistrationStatus.WITHDRAWN, now);
        registration.endedAt = now;
        events.changed(registration);
        promote(activity, now);
    }

    /**
     * Places that came free go to the head of the waiting list, in turn, as long as the head's
     * places fit; each member confirmed is told. Nobody is confirmed for an activity under way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(Activity activity, Instant now) {
        if (activity.status != ActivityStatus.PUBLISHED || !now.isBefore(activity.startsAt)) {
            return;
        }
        while (true) {
            Optional<ActivityRegistration> head = ActivityRegistration.<ActivityRegistration>find(
                    "activityId = ?1 and status = ?2 order by waitlistSeq", activity.id, RegistrationStatus.WAITLISTED)
                    .firstResultOptional();
            if (head.isEmpty() || head.get().places > activity.remainingPlaces()) {
                return;
            }
            ActivityRegistration promoted = head.get();
            promoted.moveTo(RegistrationStatus.CONFIRMED, now);
            events.changed(promoted);
            promoted.confirmedAt = now;
            activity.waitlistedPlaces -= promoted.places;
            activity.confirmedPlaces += promoted.places;
            entityManager.flush();
            notices.promoted(activity, promoted.memberId);
        }
    }

    /** The registrations still waiting for the activity: confirmed and waitlisted. */
    List<ActivityRegistration> openOf(UUID activityId) {
        return ActivityRegistration.list("activityId = ?1 and status in ?2 order by id", activityId,
                RegistrationStatus.OPEN);
    }

    Optional<ActivityRegistration> liveOf(UUID activityId, UUID memberId) {
        return ActivityRegistration.<ActivityRegistration>find("activityId = ?1 and memberId = ?2 and status in ?3",
                activityId, memberId, RegistrationStatus.LIVE).firstResultOptional();
    }

    /** The activity of the member's own registration; another member's is not found. */
    private UUID ownActivityOf(UUID registrationId, UUID memberId) {
        return entityManager.createQuery("select r.activityId from ActivityRegistration r "
                        + "where r.id = :id and r.memberId = :member", UUID.class)
                .setParameter("id", registrationId).setParameter("member", memberId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("REGISTRATION_NOT_FOUND", registrationId));
    }

    private static ApiProblem cancellationClosed(Activity activity) {
        return ApiProblem.conflict("CANCELLATION_CLOSED", activity.cancelUntil)
                .with("cancelUntil", activity.cancelUntil.toString());
    }
}
