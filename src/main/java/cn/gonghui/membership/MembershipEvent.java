package cn.gonghui.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A step of a membership's history: joined, or transferred to another street or union. */
@Entity
@Table(name = "membership_history")
public class MembershipEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    public Membership membership;

    public Instant at;

    public String event;

    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "union_name")
    public String unionName;

    @Column(name = "application_id")
    public UUID applicationId;
}
