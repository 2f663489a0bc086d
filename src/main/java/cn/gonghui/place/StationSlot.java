package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A slot someone booked, with how many of its places are taken. Read here; written only by
 * {@link StationSlotStore}'s single statements, which keep the count right under concurrency.
 */
@Entity
@Table(name = "station_slots")
@IdClass(StationSlot.Key.class)
public class StationSlot extends PanacheEntityBase {

    @Id
    @Column(name = "station_id")
    public UUID stationId;

    @Id
    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** The capacity the slot was booked with; a later change of the station's capacity may raise it. */
    public int capacity;

    public int booked;

    public int remaining() {
        return Math.max(0, capacity - booked);
    }

    /** The primary key: a station and a start. */
    public static class Key implements Serializable {

        public UUID stationId;
        public Instant startsAt;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(stationId, key.stationId)
                    && Objects.equals(startsAt, key.startsAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stationId, startsAt);
        }
    }
}
