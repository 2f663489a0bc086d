package cn.gonghui.activity;

import cn.gonghui.attachment.Attachments;
import cn.gonghui.activity.ActivityRequests.ActivityChange;
import cn.gonghui.activity.ActivityRequests.NewActivity;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.id.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Officers publish, change and call off activities. A change or a cancellation locks the activity's
 * row first, the lock every registration takes too, so the places confirmed it checks a new
 * capacity against cannot move under it, and two officers changing one version meet one after the
 * other: the second gets its 412.
 */
@ApplicationScoped
public class ActivityPublishing {

    private final ActivityPlacement placement;
    private final Registrations registrations;
    private final ActivityNotices notices;
    private final EntityManager entityManager;
    private final RegistrationEvents events;
    private final Clock clock;
    private final Attachments attachments;

    public ActivityPublishing(ActivityPlacement placement, Registrations registrations, ActivityNotices notices,
            EntityManager entityManager, RegistrationEvents events, Clock clock, Attachments attachments) {
        this.attachments = attachments;
        this.events = events;
        this.placement = placement;
        this.registrations = registrations;
        this.notices = notices;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Activity publish(NewActivity request, ActivityReach reach) {
        ActivityPlacement.Placement where = placement.resolve(request.streetCode(), request.districtCode(),
                request.stationId(), reach);
        Instant now = clock.instant();
        Activity activity = new Activity();
        activity.id = Ids.newId();
        activity.title = request.title().strip();
        activity.description = request.description().strip();
        activity.districtId = where.districtId();
        activity.streetId = where.streetId();
        activity.stationId = where.stationId();
        activity.latitude = where.latitude();
        activity.longitude = where.longitude();
        activity.place = request.place().strip();
        activity.startsAt = second(request.startsAt());
        activity.endsAt = second(request.endsAt());
        activity.signUpOpensAt = second(request.signUpOpensAt());
        activity.signUpClosesAt = second(request.signUpClosesAt());
        activity.cancelUntil = second(request.cancelUntil());
        activity.capacity = request.capacity();
        activity.waitlistCapacity = request.waitlistCapacity();
        activity.membersOnly = request.forMembersOnly();
        activity.perMemberLimit = request.perMember();
        activity.coverAttachmentId = request.coverAttachmentId();
        activity.status = ActivityStatus.PUBLISHED;
        activity.createdBy = reach.officerId();
        activity.createdAt = now;
        activity.updatedAt = now;
        List<FieldError> wrong = timesAndPlaces(activity);
        if (!activity.startsAt.isAfter(now)) {
            wrong.add(0, FieldError.of("startsAt", "IN_PAST"));
        }
        wrong.addAll(cover(activity.coverAttachmentId, reach));
        refuseIfAny(wrong);
        activity.persist();
        entityManager.flush();
        return activity;
    }

    /** Changes what the request names; a capacity that grows confirms the waiting list in turn. */
    @Transactional
    public Activity change(UUID id, ActivityChange change, String ifMatch, ActivityReach reach) {
        Activity activity = lockedInReach(id, reach);
        EntityVersions.requireMatch(ifMatch, activity.version);
        Instant now = clock.instant();
        requireOpen(activity, now);
        if (change.title() != null) {
            activity.title = change.title().strip();
        }
        if (change.description() != null) {
            activity.description = change.description().strip();
        }
        if (change.place() != null) {
            activity.place = change.place().strip();
        }
        activity.startsAt = change.startsAt() == null ? activity.startsAt : second(change.startsAt());
        activity.endsAt = change.endsAt() == null ? activity.endsAt : second(change.endsAt());
        activity.signUpOpensAt = change.signUpOpensAt() == null ? activity.signUpOpensAt : second(change.signUpOpensAt());
        activity.signUpClosesAt = change.signUpClosesAt() == null ? activity.signUpClosesAt
                : second(change.signUpClosesAt());
        activity.cancelUntil = change.cancelUntil() == null ? activity.cancelUntil : second(change.cancelUntil());
        activity.capacity = change.capacity() == null ? activity.capacity : change.capacity();
        activity.waitlistCapacity = change.waitlistCapacity() == null ? activity.waitlistCapacity
                : change.waitlistCapacity();
        activity.membersOnly = change.membersOnly() == null ? activity.membersOnly : change.membersOnly();
        activity.perMemberLimit = change.perMemberLimit() == null ? activity.perMemberLimit : change.perMemberLimit();
        List<FieldError> wrong = timesAndPlaces(activity);
        if (change.coverAttachmentId() != null) {
            wrong.addAll(cover(change.coverAttachmentId(), reach));
            activity.coverAttachmentId = change.coverAttachmentId();
        }
        refuseIfAny(wrong);
        activity.updatedAt = now;
        registrations.promote(activity, now);
        entityManager.flush();
        return activity;
    }

    /** Calls the activity off: every registration still waiting for it is cancelled and its member told why. */
    @Transactional
    public Activity cancel(UUID id, String reason, String ifMatch, ActivityReach reach) {
        Activity activity = lockedInReach(id, reach);
        EntityVersions.requireMatch(ifMatch, activity.version);
        Instant now = clock.instant();
        requireOpen(activity, now);
        activity.status = ActivityStatus.MOVES.require(activity.status, ActivityStatus.CANCELLED);
        activity.cancelReason = reason.strip();
        activity.cancelledAt = now;
        activity.updatedAt = now;
        for (ActivityRegistration registration : registrations.openOf(activity.id)) {
            registration.moveTo(RegistrationStatus.CANCELLED, now);
            registration.endedAt = now;
            events.changed(registration);
            notices.cancelled(activity, registration.memberId);
        }
        activity.confirmedPlaces = 0;
        activity.waitlistedPlaces = 0;
        entityManager.flush();
        return activity;
    }

    /** The activity within the officer's reach, locked; outside it, 404 as if it did not exist. */
    Activity lockedInReach(UUID id, ActivityReach reach) {
        Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null || !reach.reaches(activity)) {
            throw ApiProblem.notFound("ACTIVITY_NOT_FOUND", id);
        }
        return activity;
    }

    /** A cancelled activity, or one that is over, changes no more. */
    static void requireOpen(Activity activity, Instant now) {
        if (activity.status == ActivityStatus.CANCELLED || !now.isBefore(activity.endsAt)) {
            throw ApiProblem.conflict("ACTIVITY_CLOSED", activity.status.code()).with("activityStatus", activity.status.code());
        }
    }

    /** Times in order, and never fewer places than are taken; every broken rule named at once. */
    private static List<FieldError> timesAndPlaces(Activity activity) {
        List<FieldError> wrong = new ArrayList<>();
        if (!activity.endsAt.isAfter(activity.startsAt)) {
            wrong.add(FieldError.of("endsAt", "NOT_AFTER_START"));
        }
        if (!activity.signUpClosesAt.isAfter(activity.signUpOpensAt)) {
            wrong.add(FieldError.of("signUpClosesAt", "NOT_AFTER_OPENING"));
        }
        if (activity.signUpClosesAt.isAfter(activity.startsAt)) {
            wrong.add(FieldError.of("signUpClosesAt", "AFTER_START"));
        }
        if (activity.cancelUntil.isAfter(activity.startsAt)) {
            wrong.add(FieldError.of("cancelUntil", "AFTER_START"));
        }
        if (activity.capacity < activity.confirmedPlaces) {
            wrong.add(FieldError.of("capacity", "BELOW_CONFIRMED"));
        }
        if (activity.waitlistCapacity < activity.waitlistedPlaces) {
            wrong.add(FieldError.of("waitlistCapacity", "BELOW_WAITLISTED"));
        }
        return wrong;
    }

    /** A cover is an image the publishing officer uploaded (anything else would be served to the public). */
    private List<FieldError> cover(UUID attachmentId, ActivityReach reach) {
        return attachmentId == null || attachments.isImageUploadedBy(reach.officerId(), attachmentId) ? List.of()
                : List.of(FieldError.of("coverAttachmentId", "NOT_AN_UPLOADED_IMAGE"));
    }

    private static void refuseIfAny(List<FieldError> wrong) {
        if (!wrong.isEmpty()) {
            throw ApiProblem.invalidFields(422, "ACTIVITY_INVALID", wrong);
        }
    }

    /** Whole seconds: what PostgreSQL keeps is what the next read answers. */
    private static Instant second(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
