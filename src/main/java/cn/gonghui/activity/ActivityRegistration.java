package cn.gonghui.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member's registration for an activity: the places it takes, and where it stands. */
@Entity
@Table(name = "activity_registrations")
public class ActivityRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "member_id")
    public UUID memberId;

    public int places;

    public RegistrationStatus status;

    /** Its turn on the waiting list; kept after a promotion, for the record. */
    @Column(name = "waitlist_seq")
    public Long waitlistSeq;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "checked_in_by")
    public UUID checkedInBy;

    /** When it was withdrawn or called off. */
    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    void moveTo(RegistrationStatus next, Instant now) {
        status = RegistrationStatus.MOVES.require(status, next);
        updatedAt = now;
    }
}
