package cn.gonghui.membership;

import cn.gonghui.identity.Member;
import cn.gonghui.place.Street;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A member's union membership: one per person, its number kept through every transfer. */
@Entity
@Table(name = "memberships")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    public String number;

    public MembershipStatus status;

    @Column(name = "union_name")
    public String unionName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "street_id")
    public Street street;

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

    public static Optional<Membership> activeOf(UUID memberId) {
        return find("member.id = ?1 and status = ?2", memberId, MembershipStatus.ACTIVE).firstResultOptional();
    }
}
