package cn.gonghui.application;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The offline step of an application at a station, in FHIR's appointment states. */
@Entity
@Table(name = "appointments")
public class Appointment extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AppointmentState",
            description = "预约状态（FHIR）/ Appointment state, as FHIR names them",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            enumeration = {"proposed", "booked", "arrived", "fulfilled", "cancelled", "noshow"})
    public enum State {
        PROPOSED, BOOKED, ARRIVED, FULFILLED, CANCELLED, NOSHOW;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isLive() {
            return this == PROPOSED || this == BOOKED || this == ARRIVED;
        }
    }

    public static class StateAsText implements AttributeConverter<State, String> {

        @Override
        public String convertToDatabaseColumn(State state) {
            return state == null ? null : state.code();
        }

        @Override
        public State convertToEntityAttribute(String code) {
            return code == null ? null : State.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    /** The station, an id: the station stays place's. */
    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Convert(converter = StateAsText.class)
    public State status;

    @Column(name = "slot_id")
    public String slotId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
