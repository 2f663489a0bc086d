package cn.gonghui.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message in the member's inbox in the mini-program. */
@Entity
@Table(name = "member_messages")
public class MemberMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "application_id")
    public UUID applicationId;

    public String event;

    public String title;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Every message of the member, oldest first. */
    public static List<MemberMessage> allOf(UUID memberId) {
        return list("memberId = ?1 order by id", memberId);
    }
}
