package cn.gonghui.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The statements on booked slots. Each change is one statement that PostgreSQL runs atomically on
 * the row, so concurrent bookings can neither overbook a slot nor lose a count; read-then-write
 * in Java could do both.
 */
@ApplicationScoped
public class StationSlotStore {

    private final EntityManager entityManager;

    public StationSlotStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The booked slots of a station starting in [{@code from}, {@code until}]. */
    List<StationSlot> between(UUID stationId, Instant from, Instant until) {
        return StationSlot.list("stationId = ?1 and startsAt between ?2 and ?3", stationId, from, until);
    }

    /**
     * Makes the slot a row unless it is one already. A concurrent insert of the same slot waits
     * for the first to commit, then does nothing.
     */
    void materialise(UUID stationId, Instant start, Instant end, int capacity) {
        entityManager.createNativeQuery("""
                INSERT INTO station_slots (station_id, starts_at, ends_at, capacity, booked)
                VALUES (:station, :start, :end, :capacity, 0)
                ON CONFLICT (station_id, starts_at) DO NOTHING""")
                .setParameter("station", stationId)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("capacity", capacity)
                .executeUpdate();
    }

    /**
     * Takes one place if one is left. Concurrent takers queue on the row lock and each re-checks
     * {@code booked < capacity} on the row as the previous one left it.
     */
    boolean take(UUID stationId, Instant start) {
        return entityManager.createNativeQuery("""
                UPDATE station_slots SET booked = booked + 1
                 WHERE station_id = :station AND starts_at = :start AND booked < capacity""")
                .setParameter("station", stationId)
                .setParameter("start", start)
                .executeUpdate() == 1;
    }

    /** Gives one place back; a slot with none taken stays at zero. */
    void giveBack(UUID stationId, Instant start) {
        entityManager.createNativeQuery("""
                UPDATE station_slots SET booked = booked - 1
                 WHERE station_id = :station AND starts_at = :start AND booked > 0""")
                .setParameter("station", stationId)
                .setParameter("start", start)
                .executeUpdate();
    }

    /**
     * Applies a new capacity to the station's booked slots still to come. A slot never gets less
     * room than the people who already booked it.
     */
    void changeCapacity(UUID stationId, int capacity, Instant after) {
        entityManager.createNativeQuery("""
                UPDATE station_slots SET capacity = GREATEST(:capacity, booked)
                 WHERE station_id = :station AND starts_at > :after""")
                .setParameter("capacity", capacity)
                .setParameter("station", stationId)
                .setParameter("after", after)
                .executeUpdate();
    }
}
