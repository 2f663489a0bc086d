package cn.gonghui.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * An activity a union offers its members. The places taken are counted here, on the row every
 * registration locks first, and those counters are left out of the version: a sign-up changes no
 * ETag, so an officer editing the activity during a flash sign-up is not refused for it.
 */
@Entity
@Table(name = "activities")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String description;

    @Column(name = "district_id")
    public UUID districtId;

    /** {@code null} for an activity of the whole district. */
    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "station_id")
    public UUID stationId;

    public String place;

    public Double latitude;

    public Double longitude;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "sign_up_opens_at")
    public Instant signUpOpensAt;

    @Column(name = "sign_up_closes_at")
    public Instant signUpClosesAt;

    @Column(name = "cancel_until")
    public Instant cancelUntil;

    public int capacity;

    @Column(name = "waitlist_capacity")
    public int waitlistCapacity;

    @Column(name = "members_only")
    public boolean membersOnly;

    @Column(name = "per_member_limit")
    public int perMemberLimit;

    @OptimisticLock(excluded = true)
    @Column(name = "confirmed_places")
    public int confirmedPlaces;

    @OptimisticLock(excluded = true)
    @Column(name = "waitlisted_places")
    public int waitlistedPlaces;

    @OptimisticLock(excluded = true)
    @Column(name = "waitlist_seq")
    public long waitlistSeq;

    public ActivityStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The cover image, an officer's upload (attachment); null for none. */
    @Column(name = "cover_attachment_id")
    public UUID coverAttachmentId;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @OptimisticLock(excluded = true)
    @Column(name = "attendance_closed_at")
    public Instant attendanceClosedAt;

    @Version
    public long version;

    boolean signUpOpenAt(Instant now) {
        return status == ActivityStatus.PUBLISHED && !now.isBefore(signUpOpensAt) && now.isBefore(signUpClosesAt);
    }

    int remainingPlaces() {
        return capacity - confirmedPlaces;
    }

    int remainingWaitlist() {
        return waitlistCapacity - waitlistedPlaces;
    }
}
