package cn.gonghui.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A Beijing calendar day on which a station receives nobody: it offers no slots that day. */
@Entity
@Table(name = "station_closed_days")
@IdClass(ClosedDay.Key.class)
public class ClosedDay extends PanacheEntityBase {

    @Id
    @Column(name = "station_id")
    public UUID stationId;

    @Id
    @Column(name = "day")
    public LocalDate closedOn;

    public String reason;

    /** The primary key: a station and a day. */
    public static class Key implements Serializable {

        public UUID stationId;
        public LocalDate closedOn;

        public Key() {
        }

        public Key(UUID stationId, LocalDate closedOn) {
            this.stationId = stationId;
            this.closedOn = closedOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(stationId, key.stationId)
                    && Objects.equals(closedOn, key.closedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stationId, closedOn);
        }
    }
}
