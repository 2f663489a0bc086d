package cn.gonghui.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's union membership: one per person, its number kept through every transfer. The member
 * and the street are other capabilities' (identity's, place's): ids here, never their entities.
 */
@Entity
@Table(name = "memberships")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    public String number;

    public MembershipStatus status;

    @Column(name = "union_name")
    public String unionName;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "credit_code")
    public String creditCode;

    public String occupation;

    public LocalDate since;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Membership> of(UUID memberId) {
        return find("memberId", memberId).firstResultOptional();
    }

    public static Optional<Membership> activeOf(UUID memberId) {
        return find("memberId = ?1 and status = ?2", memberId, MembershipStatus.ACTIVE).firstResultOptional();
    }
}
