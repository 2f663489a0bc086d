package cn.gonghui.privacy.rights;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's request to be erased: pending until the erasure job carried it out, before its deadline. */
@Entity
@Table(name = "deletion_requests")
public class DeletionRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "due_by")
    public Instant dueBy;

    public DeletionRequestStatus status;

    @Column(name = "completed_at")
    public Instant completedAt;
}
