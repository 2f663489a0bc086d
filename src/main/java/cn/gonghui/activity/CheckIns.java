package cn.gonghui.activity;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Check-in at the door: the member shows a short-lived code for a confirmed registration, the
 * officer scans it, once. The scan locks the registration, so two scanners reading the same code at
 * once check it in once, and the other hears ALREADY_CHECKED_IN.
 */
@ApplicationScoped
public class CheckIns {

    private final CheckInCodes codes;
    private final ActivitySettings settings;
    private final EntityManager entityManager;
    private final RegistrationEvents events;
    private final Clock clock;

    public CheckIns(CheckInCodes codes, ActivitySettings settings, EntityManager entityManager,
            RegistrationEvents events, Clock clock) {
        this.events = events;
        this.codes = codes;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A code for the member's own confirmed registration, valid for the configured lifetime. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Code codeFor(UUID registrationId, UUID memberId) {
        ActivityRegistration registration = ActivityRegistration.<ActivityRegistration>find("id = ?1 and memberId = ?2",
                registrationId, memberId).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("REGISTRATION_NOT_FOUND", registrationId));
        Activity activity = Activity.findById(registration.activityId);
        Instant now = clock.instant();
        ActivityPublishing.requireOpen(activity, now);
        requireConfirmed(registration);
        Instant expiresAt = now.plus(settings.checkInCodeLifetime()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new Code(codes.issue(registration.id, expiresAt), expiresAt);
    }

    record Code(String code, Instant expiresAt) {
    }

    /** Checks the code's registration in at the activity within the officer's reach. */
    @Transactional
    public ActivityRegistration scan(UUID activityId, String code, ActivityReach reach) {
        Activity activity = Activity.findById(activityId);
        if (activity == null || !reach.reaches(activity)) {
            throw ApiProblem.notFound("ACTIVITY_NOT_FOUND", activityId);
        }
        Instant now = clock.instant();
        CheckInCodes.Claims claims = codes.read(code)
                .orElseThrow(() -> ApiProblem.unprocessable("CHECK_IN_CODE_INVALID"));
        if (claims.expiredAt(now)) {
            throw ApiProblem.unprocessable("CHECK_IN_CODE_EXPIRED");
        }
        ActivityRegistration registration = ActivityRegistration.findById(claims.registrationId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.activityId.equals(activityId)) {
            // a code of another activity's registration: not a code for this door
            throw ApiProblem.unprocessable("CHECK_IN_CODE_INVALID");
        }
        ActivityPublishing.requireOpen(activity, now);
        if (now.isBefore(activity.startsAt.minus(settings.checkInOpensBefore()))) {
            throw ApiProblem.conflict("CHECK_IN_NOT_OPEN", activity.startsAt.minus(settings.checkInOpensBefore()))
                    .with("checkInOpensAt", activity.startsAt.minus(settings.checkInOpensBefore()).toString());
        }
        requireConfirmed(registration);
        registration.moveTo(RegistrationStatus.CHECKED_IN, now);
        registration.checkedInAt = now;
        registration.checkedInBy = reach.officerId();
        events.changed(registration);
        entityManager.flush();
        return registration;
    }

    private static void requireConfirmed(ActivityRegistration registration) {
        if (registration.status == RegistrationStatus.CHECKED_IN) {
            throw ApiProblem.conflict("ALREADY_CHECKED_IN", registration.checkedInAt)
                    .with("checkedInAt", registration.checkedInAt.toString());
        }
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw ApiProblem.conflict("REGISTRATION_NOT_CONFIRMED", registration.status.code())
                    .with("registrationStatus", registration.status.code());
        }
    }
}
