package cn.gonghui.activity;

import cn.gonghui.activity.ActivityViews.RegistrationView;
import cn.gonghui.activity.ActivityViews.RosterEntryView;
import cn.gonghui.identity.Members;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Registrations as members see their own and officers see an activity's roster (names masked). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistrationQueries {

    private final ActivityCounts counts;
    private final Members names;
    private final EntityManager entityManager;

    public RegistrationQueries(ActivityCounts counts, Members names, EntityManager entityManager) {
        this.counts = counts;
        this.names = names;
        this.entityManager = entityManager;
    }

    /** The member's registrations, newest first. */
    public Page<RegistrationView> mine(UUID memberId, PageParams page) {
        KeysetQuery<ActivityRegistration> query = KeysetQuery.jpql("select r from ActivityRegistration r",
                        ActivityRegistration.class)
                .where("r.memberId = :member", "member", memberId)
                .orderBy(Direction.DESCENDING, SortKey.uuid("r.id"))
                .page(page);
        List<ActivityRegistration> rows = query.fetch(entityManager);
        Map<UUID, Activity> activities = activitiesOf(rows);
        Map<UUID, Integer> positions = counts.positions(rows);
        return query.toPage(rows, row -> Cursor.of(row.id),
                row -> view(row, activities.get(row.activityId), positions.get(row.id)));
    }

    /** Every registration of the member, for their data export. */
    public List<RegistrationView> allOf(UUID memberId) {
        List<ActivityRegistration> rows = ActivityRegistration.list("memberId = ?1 order by id", memberId);
        Map<UUID, Activity> activities = activitiesOf(rows);
        Map<UUID, Integer> positions = counts.positions(rows);
        return rows.stream().map(row -> view(row, activities.get(row.activityId), positions.get(row.id))).toList();
    }

    /** The member's registration of the activity: the live one, else the latest given up. */
    Optional<RegistrationView> latestOf(Activity activity, UUID memberId) {
        return ActivityRegistration.<ActivityRegistration>find("activityId = ?1 and memberId = ?2 order by id desc",
                        activity.id, memberId).list().stream()
                .sorted((a, b) -> Boolean.compare(RegistrationStatus.LIVE.contains(b.status),
                        RegistrationStatus.LIVE.contains(a.status)))
                .findFirst().map(this::view);
    }

    /** The roster of an activity within the officer's reach, in the order they signed up. */
    public Page<RosterEntryView> roster(UUID activityId, ActivityReach reach, Optional<RegistrationStatus> status,
            PageParams page) {
        Activity activity = Activity.findById(activityId);
        if (activity == null || !reach.reaches(activity)) {
            throw ApiProblem.notFound("ACTIVITY_NOT_FOUND", activityId);
        }
        KeysetQuery<ActivityRegistration> query = KeysetQuery.jpql("select r from ActivityRegistration r",
                        ActivityRegistration.class)
                .where("r.activityId = :activity", "activity", activityId)
                .whereEqual("r.status", "status", status.orElse(null))
                .orderBy(Direction.ASCENDING, SortKey.uuid("r.id"))
                .page(page);
        List<ActivityRegistration> rows = query.fetch(entityManager);
        Map<UUID, String> memberNames = names.maskedNames(rows.stream().map(row -> row.memberId).distinct().toList());
        Map<UUID, Integer> positions = counts.positions(rows);
        return query.toPage(rows, row -> Cursor.of(row.id), row -> rosterEntry(row, memberNames.get(row.memberId),
                positions.get(row.id)));
    }

    public RegistrationView view(ActivityRegistration registration) {
        Activity activity = Activity.findById(registration.activityId);
        return view(registration, activity, counts.positions(List.of(registration)).get(registration.id));
    }

    static RosterEntryView rosterEntry(ActivityRegistration row, String maskedName, Integer position) {
        return new RosterEntryView(row.id, maskedName, row.places, row.status.code(), position, row.registeredAt,
                row.checkedInAt);
    }

    private static RegistrationView view(ActivityRegistration row, Activity activity, Integer position) {
        return new RegistrationView(row.id, activity.id, activity.title, activity.startsAt, activity.place, row.places,
                row.status.code(), position, activity.cancelUntil, row.registeredAt, row.confirmedAt, row.checkedInAt);
    }

    private static Map<UUID, Activity> activitiesOf(List<ActivityRegistration> rows) {
        List<UUID> ids = rows.stream().map(row -> row.activityId).distinct().toList();
        return ids.isEmpty() ? Map.of() : Activity.<Activity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(activity -> activity.id, Function.identity()));
    }
}
