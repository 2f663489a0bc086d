package cn.gonghui.activity;

import cn.gonghui.activity.ActivityViews.ActivityDetailView;
import cn.gonghui.activity.ActivityViews.ActivityFields;
import cn.gonghui.activity.ActivityViews.ActivityView;
import cn.gonghui.activity.ActivityViews.AdminActivityView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lists and views of activities: the public list (by start, or nearest first around a point),
 * one activity with the caller's own registration, and the officers' list and view within their
 * reach, with attendance counted. Every list is keyset-paged on an index of V60.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityQueries {

    /** Where an activity without a location sorts in a nearest-first list: after every real distance. */
    private static final double FARTHEST = 1.0e9;
    private static final String DISTANCE = "coalesce(6371008.8 * 2 * asin(sqrt("
            + "power(sin(radians(a.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - :lng) / 2), 2))), "
            + FARTHEST + ")";

    private final ActivityPlacement placement;
    private final ActivityCounts counts;
    private final RegistrationQueries registrations;
    private final EntityManager entityManager;
    private final Clock clock;

    public ActivityQueries(ActivityPlacement placement, ActivityCounts counts, RegistrationQueries registrations,
            EntityManager entityManager, Clock clock) {
        this.placement = placement;
        this.counts = counts;
        this.registrations = registrations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Published activities not yet over, filtered; nearest first around a point, else by start. */
    public Page<ActivityView> published(ActivityFilter filter, ActivityFilter.Nearby nearby, PageParams page) {
        Optional<double[]> origin = nearby.origin();
        Instant now = clock.instant();
        KeysetQuery<Object[]> query = KeysetQuery.jpql(origin.isPresent() ? "select a, " + DISTANCE + " from Activity a"
                        : "select a, cast(null as Double) from Activity a", Object[].class)
                .where("a.status = :published", "published", ActivityStatus.PUBLISHED)
                .where("a.endsAt > :now", "now", now);
        filtered(query, filter);
        if (nearby.openNow()) {
            query.where("a.signUpOpensAt <= :now and a.signUpClosesAt > :now");
        }
        if (origin.isPresent()) {
            query.with("lat", origin.get()[0]).with("lng", origin.get()[1])
                    .orderBy(Direction.ASCENDING, SortKey.number(DISTANCE), SortKey.uuid("a.id"));
        } else {
            query.orderBy(Direction.ASCENDING, SortKey.instant("a.startsAt"), SortKey.uuid("a.id"));
        }
        List<Object[]> rows = query.page(page).fetch(entityManager);
        List<Activity> activities = rows.stream().map(row -> (Activity) row[0]).toList();
        Map<UUID, Integer> waitlists = counts.waitlistLengths(ids(activities));
        return query.toPage(rows,
                row -> origin.isPresent() ? Cursor.of(row[1], ((Activity) row[0]).id)
                        : Cursor.of(((Activity) row[0]).startsAt, ((Activity) row[0]).id),
                row -> new ActivityView(fields((Activity) row[0], waitlists, now), distance((Double) row[1])));
    }

    /** One activity, published or called off, and the calling member's registration (none when anonymous). */
    public ActivityDetailView detail(UUID id, Optional<UUID> memberId) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("ACTIVITY_NOT_FOUND", id));
        Optional<ActivityViews.RegistrationView> mine = memberId.flatMap(member -> registrations.latestOf(activity, member));
        boolean registered = mine.map(view -> RegistrationStatus.ofCode(view.status()))
                .filter(status -> status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED
                        || status == RegistrationStatus.CHECKED_IN).isPresent();
        return new ActivityDetailView(fields(activity, counts.waitlistLengths(List.of(id)), clock.instant()), registered,
                mine.orElse(null));
    }

    /** The cover image of an activity (an attachment id); empty when it has none; 404 for no activity. */
    public Optional<UUID> coverOf(UUID id) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("ACTIVITY_NOT_FOUND", id));
        return Optional.ofNullable(activity.coverAttachmentId);
    }

    /** The activities within the officer's reach, latest start first. */
    public Page<AdminActivityView> forOfficers(ActivityReach reach, ActivityFilter filter, Optional<ActivityStatus> status,
            PageParams page) {
        KeysetQuery<Activity> query = KeysetQuery.jpql("select a from Activity a", Activity.class)
                .where(parameters -> reach.condition("a", parameters))
                .whereEqual("a.status", "status", status.orElse(null));
        filtered(query, filter);
        query.orderBy(Direction.DESCENDING, SortKey.instant("a.startsAt"), SortKey.uuid("a.id")).page(page);
        List<Activity> rows = query.fetch(entityManager);
        Map<UUID, Map<RegistrationStatus, Integer>> byStatus = counts.byStatus(ids(rows));
        Instant now = clock.instant();
        return query.toPage(rows, activity -> Cursor.of(activity.startsAt, activity.id),
                activity -> adminView(activity, byStatus.get(activity.id), now));
    }

    /** One activity within the officer's reach, with its ETag. */
    public Versioned<AdminActivityView> forOfficer(UUID id, ActivityReach reach) {
        Activity activity = Activity.findById(id);
        if (activity == null || !reach.reaches(activity)) {
            throw ApiProblem.notFound("ACTIVITY_NOT_FOUND", id);
        }
        return versioned(activity);
    }

    /** The officers' view of an activity just changed (its version moved on at the flush). */
    public Versioned<AdminActivityView> versioned(Activity activity) {
        Map<RegistrationStatus, Integer> byStatus = counts.byStatus(List.of(activity.id)).get(activity.id);
        return new Versioned<>(adminView(activity, byStatus, clock.instant()), activity.version);
    }

    private AdminActivityView adminView(Activity activity, Map<RegistrationStatus, Integer> byStatus, Instant now) {
        int waitlisted = byStatus == null ? 0 : byStatus.getOrDefault(RegistrationStatus.WAITLISTED, 0);
        return new AdminActivityView(fields(activity, Map.of(activity.id, waitlisted), now),
                ActivityCounts.attendance(activity, byStatus), activity.createdBy, activity.createdAt, activity.updatedAt,
                activity.cancelledAt);
    }

    private ActivityFields fields(Activity activity, Map<UUID, Integer> waitlists, Instant now) {
        ActivityPlacement.Codes codes = placement.codesOf(activity.districtId, activity.streetId);
        return ActivityFields.of(activity, codes.streetCode(), codes.districtCode(),
                waitlists.getOrDefault(activity.id, 0), now);
    }

    /** The place and date filters both lists share; an unknown street or district is a 400. */
    private void filtered(KeysetQuery<?> query, ActivityFilter filter) {
        filter.requireDatesInOrder();
        filter.streetCode().ifPresent(code -> {
            var street = placement.street(code).orElseThrow(() -> ApiProblem.invalidField("streetCode", "UNKNOWN_STREET"));
            query.where("(a.streetId = :street or (a.streetId is null and a.districtId = :streetDistrict))")
                    .with("street", street.id()).with("streetDistrict", street.districtId());
        });
        filter.districtCode().ifPresent(code -> query.where("a.districtId = :district", "district",
                placement.district(code).orElseThrow(() -> ApiProblem.invalidField("districtCode", "UNKNOWN_DISTRICT"))
                        .id()));
        filter.from().ifPresent(day -> query.where("a.startsAt >= :fromDay", "fromDay",
                day.atStartOfDay(ClockProducer.BEIJING).toInstant()));
        filter.to().ifPresent(day -> query.where("a.startsAt < :toDay", "toDay",
                day.plusDays(1).atStartOfDay(ClockProducer.BEIJING).toInstant()));
    }

    private static Integer distance(Double meters) {
        return meters == null || meters >= FARTHEST ? null : (int) Math.round(meters);
    }

    private static List<UUID> ids(List<Activity> activities) {
        return activities.stream().map(activity -> activity.id).toList();
    }
}
