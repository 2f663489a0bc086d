package cn.gonghui.activity;

import cn.gonghui.activity.ActivityViews.AttendanceView;
import cn.gonghui.platform.database.ListParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registrations counted per activity, and turns on waiting lists, for a page of views in one query each. */
@ApplicationScoped
public class ActivityCounts {

    private final EntityManager entityManager;

    public ActivityCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Registrations per status, per activity; an activity or status without any counts none. */
    Map<UUID, Map<RegistrationStatus, Integer>> byStatus(Collection<UUID> activityIds) {
        Map<UUID, Map<RegistrationStatus, Integer>> counts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = ListParameters.spread("select r.activityId, r.status, count(r) from ActivityRegistration r "
                        + "where r.activityId in :ids group by r.activityId, r.status", Map.of("ids", activityIds))
                .query(entityManager, Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(RegistrationStatus.class))
                    .put((RegistrationStatus) row[1], ((Number) row[2]).intValue());
        }
        return counts;
    }

    /** How many wait on each activity's list. */
    Map<UUID, Integer> waitlistLengths(Collection<UUID> activityIds) {
        Map<UUID, Integer> lengths = new HashMap<>();
        if (activityIds.isEmpty()) {
            return lengths;
        }
        ListParameters.spread("select r.activityId, count(r) from ActivityRegistration r "
                        + "where r.activityId in :ids and r.status = :waitlisted group by r.activityId",
                        Map.of("ids", activityIds, "waitlisted", RegistrationStatus.WAITLISTED))
                .query(entityManager, Object[].class).getResultList()
                .forEach(row -> lengths.put((UUID) row[0], ((Number) row[1]).intValue()));
        return lengths;
    }

    /** The position on its waiting list of each waitlisted registration given (1 is next). */
    Map<UUID, Integer> positions(Collection<ActivityRegistration> registrations) {
        List<UUID> waiting = registrations.stream().filter(r -> r.status == RegistrationStatus.WAITLISTED)
                .map(r -> r.id).toList();
        Map<UUID, Integer> positions = new HashMap<>();
        if (waiting.isEmpty()) {
            return positions;
        }
        entityManager.createQuery("select r.id, (select count(w) from ActivityRegistration w where w.activityId = r.activityId "
                        + "and w.status = :waitlisted and w.waitlistSeq <= r.waitlistSeq) from ActivityRegistration r "
                        + "where r.id in :ids", Object[].class)
                .setParameter("ids", waiting).setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .getResultStream().forEach(row -> positions.put((UUID) row[0], ((Number) row[1]).intValue()));
        return positions;
    }

    static AttendanceView attendance(Activity activity, Map<RegistrationStatus, Integer> counts) {
        return new AttendanceView(activity.confirmedPlaces, count(counts, RegistrationStatus.CONFIRMED),
                count(counts, RegistrationStatus.WAITLISTED), count(counts, RegistrationStatus.CHECKED_IN),
                count(counts, RegistrationStatus.NO_SHOW), count(counts, RegistrationStatus.WITHDRAWN),
                count(counts, RegistrationStatus.CANCELLED));
    }

    private static int count(Map<RegistrationStatus, Integer> counts, RegistrationStatus status) {
        return counts == null ? 0 : counts.getOrDefault(status, 0);
    }
}
